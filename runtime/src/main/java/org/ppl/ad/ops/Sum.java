package org.ppl.ad.ops;

import org.ppl.ad.Node;
import org.ppl.ad.Op;
import org.ppl.ad.Shape;

/** The sum of all elements of one or more nodes: a scalar. */
public final class Sum extends Op {
    private final Node[] terms;

    public Sum(Node... terms) {
        super(Shape.SCALAR, terms);
        this.terms = terms;
    }

    @Override
    public void forward() {
        double s = 0;
        for (Node t : terms) {
            for (double v : t.value) s += v;
        }
        out.value[0] = s;
    }

    @Override
    public void backward() {
        double g = out.adjoint[0];
        for (Node t : terms) {
            double[] a = t.adjoint;
            if (a == null) continue;
            for (int k = 0; k < a.length; k++) a[k] += g;
        }
    }
}
