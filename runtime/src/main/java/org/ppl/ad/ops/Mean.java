package org.ppl.ad.ops;

import org.ppl.ad.Node;

/** The mean of all elements, or along an axis. An empty mean is NaN, as in NumPy. */
public final class Mean extends Reduction {
    public Mean(Node x) {
        super(x, AxisLayout.of("mean", x.shape, null));
    }

    public Mean(Node x, int axis) {
        super(x, AxisLayout.of("mean", x.shape, axis));
    }

    @Override
    public void forward() {
        double[] v = x.value, z = out.value;
        for (int o = 0; o < outer; o++) {
            for (int j = 0; j < inner; j++) {
                double s = 0;
                for (int i = 0, p = o * length * inner + j; i < length; i++, p += inner) s += v[p];
                z[o * inner + j] = s / length;
            }
        }
    }

    @Override
    public void backward() {
        double[] g = out.adjoint, gx = x.adjoint;
        if (gx == null) return;
        for (int o = 0; o < outer; o++) {
            for (int j = 0; j < inner; j++) {
                double d = g[o * inner + j] / length;
                for (int i = 0, p = o * length * inner + j; i < length; i++, p += inner) gx[p] += d;
            }
        }
    }

    @Override
    public String name() {
        return "mean";
    }
}
