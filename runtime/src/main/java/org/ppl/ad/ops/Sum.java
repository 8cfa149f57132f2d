package org.ppl.ad.ops;

import java.util.Arrays;
import org.ppl.ad.Node;
import org.ppl.ad.Op;
import org.ppl.ad.Shape;

/**
 * A sum: of all elements of one or more nodes (a scalar), or of one node along an axis (NumPy's
 * {@code sum(x, axis=k)}, which removes that axis).
 */
public final class Sum extends Op {
    private final Node[] terms;
    private final int outer;
    private final int length;
    private final int inner;

    /** The sum of every element of every term. */
    public Sum(Node... terms) {
        super(Shape.SCALAR, terms);
        this.terms = terms;
        this.outer = 1;
        this.length = 0;
        this.inner = 1;
    }

    /** The sum of {@code x} along {@code axis} (negative counts from the end). */
    public Sum(Node x, int axis) {
        this(x, AxisLayout.of("sum", x.shape, axis));
    }

    private Sum(Node x, AxisLayout layout) {
        super(layout.reduced(), x);
        this.terms = new Node[] {x};
        this.outer = layout.outer();
        this.length = layout.length();
        this.inner = layout.inner();
    }

    @Override
    public void forward() {
        if (inner == 1 && outer == 1) {
            double s = 0;
            for (Node t : terms) {
                for (double v : t.value) s += v;
            }
            out.value[0] = s;
            return;
        }
        double[] x = terms[0].value, z = out.value;
        Arrays.fill(z, 0.0);
        for (int o = 0; o < outer; o++) {
            for (int i = 0; i < length; i++) {
                int base = (o * length + i) * inner;
                for (int j = 0; j < inner; j++) z[o * inner + j] += x[base + j];
            }
        }
    }

    @Override
    public void backward() {
        if (inner == 1 && outer == 1) {
            double g = out.adjoint[0];
            for (Node t : terms) {
                double[] a = t.adjoint;
                if (a == null) continue;
                for (int k = 0; k < a.length; k++) a[k] += g;
            }
            return;
        }
        double[] g = out.adjoint, gx = terms[0].adjoint;
        if (gx == null) return;
        for (int o = 0; o < outer; o++) {
            for (int i = 0; i < length; i++) {
                int base = (o * length + i) * inner;
                for (int j = 0; j < inner; j++) gx[base + j] += g[o * inner + j];
            }
        }
    }

    @Override
    public String name() {
        return "sum";
    }
}
