package org.ppl.ad.ops;

import org.ppl.ad.Node;
import org.ppl.ad.Op;
import org.ppl.ad.Shape;
import org.ppl.ad.ShapeException;

/** The inner product of two vectors of the same length: a scalar. */
public final class Dot extends Op {
    private final Node a;
    private final Node b;

    public Dot(Node a, Node b) {
        super(check(a.shape, b.shape), a, b);
        this.a = a;
        this.b = b;
    }

    private static Shape check(Shape a, Shape b) {
        if (!a.isVector() || !b.isVector()) {
            throw new ShapeException("dot: expects two vectors, got shapes " + a + " and " + b
                    + " (use @ for matrix products)");
        }
        if (a.size() != b.size()) {
            throw new ShapeException("dot: shapes " + a + " and " + b + " not aligned: "
                    + a.size() + " (dim 0) != " + b.size() + " (dim 0)");
        }
        return Shape.SCALAR;
    }

    @Override
    public void forward() {
        double[] x = a.value, y = b.value;
        double s = 0;
        for (int k = 0; k < x.length; k++) s += x[k] * y[k];
        out.value[0] = s;
    }

    @Override
    public void backward() {
        double g = out.adjoint[0];
        double[] x = a.value, y = b.value, ga = a.adjoint, gb = b.adjoint;
        if (ga != null) {
            for (int k = 0; k < ga.length; k++) ga[k] += g * y[k];
        }
        if (gb != null) {
            for (int k = 0; k < gb.length; k++) gb[k] += g * x[k];
        }
    }

    @Override
    public String name() {
        return "dot";
    }
}
