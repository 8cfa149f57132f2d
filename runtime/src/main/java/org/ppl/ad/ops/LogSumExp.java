package org.ppl.ad.ops;

import org.ppl.ad.Node;

/**
 * log Σ exp(x) of all elements or along an axis, computed around the maximum so that nothing
 * overflows: m + log Σ exp(x - m). All -∞ (or empty) gives -∞, any +∞ gives +∞, NaN gives NaN.
 * The gradient is softmax(x).
 */
public final class LogSumExp extends Reduction {
    public LogSumExp(Node x) {
        super(x, AxisLayout.of("log_sum_exp", x.shape, null));
    }

    public LogSumExp(Node x, int axis) {
        super(x, AxisLayout.of("log_sum_exp", x.shape, axis));
    }

    @Override
    public void forward() {
        double[] v = x.value, z = out.value;
        for (int o = 0; o < outer; o++) {
            for (int j = 0; j < inner; j++) {
                int start = o * length * inner + j;
                double m = Double.NEGATIVE_INFINITY;
                for (int i = 0, p = start; i < length; i++, p += inner) m = Math.max(m, v[p]);
                if (Double.isInfinite(m) || m != m) {
                    z[o * inner + j] = m;
                    continue;
                }
                double s = 0;
                for (int i = 0, p = start; i < length; i++, p += inner) s += Math.exp(v[p] - m);
                z[o * inner + j] = m + Math.log(s);
            }
        }
    }

    @Override
    public void backward() {
        double[] v = x.value, z = out.value, g = out.adjoint, gx = x.adjoint;
        if (gx == null) return;
        for (int o = 0; o < outer; o++) {
            for (int j = 0; j < inner; j++) {
                double lse = z[o * inner + j];
                if (lse == Double.NEGATIVE_INFINITY) continue; // every term is -∞: nothing to move
                double d = g[o * inner + j];
                for (int i = 0, p = o * length * inner + j; i < length; i++, p += inner) {
                    gx[p] += d * Math.exp(v[p] - lse);
                }
            }
        }
    }

    @Override
    public String name() {
        return "log_sum_exp";
    }
}
