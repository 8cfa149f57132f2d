package org.ppl.ad.ops;

import org.ppl.ad.Node;

/**
 * exp(x) / Σ exp(x) along an axis (the last by default), computed around the slice's maximum. The
 * gradient is y ⊙ (g - Σ g ⊙ y).
 */
public final class Softmax extends AlongAxis {
    public Softmax(Node x) {
        super(x, x.shape, lastAxis("softmax", x.shape));
    }

    public Softmax(Node x, int axis) {
        super(x, x.shape, AxisLayout.of("softmax", x.shape, axis));
    }

    @Override
    public void forward() {
        double[] v = x.value, y = out.value;
        for (int o = 0; o < outer; o++) {
            for (int j = 0; j < inner; j++) {
                int start = o * length * inner + j;
                double m = Double.NEGATIVE_INFINITY;
                for (int i = 0, p = start; i < length; i++, p += inner) m = Math.max(m, v[p]);
                double s = 0;
                for (int i = 0, p = start; i < length; i++, p += inner) {
                    y[p] = Math.exp(v[p] - m);
                    s += y[p];
                }
                for (int i = 0, p = start; i < length; i++, p += inner) y[p] /= s;
            }
        }
    }

    @Override
    public void backward() {
        double[] y = out.value, g = out.adjoint, gx = x.adjoint;
        if (gx == null) return;
        for (int o = 0; o < outer; o++) {
            for (int j = 0; j < inner; j++) {
                int start = o * length * inner + j;
                double dot = 0;
                for (int i = 0, p = start; i < length; i++, p += inner) dot += g[p] * y[p];
                for (int i = 0, p = start; i < length; i++, p += inner) gx[p] += y[p] * (g[p] - dot);
            }
        }
    }

    @Override
    public String name() {
        return "softmax";
    }
}
