package org.ppl.ad.ops;

import org.ppl.ad.Node;

/**
 * x - log_sum_exp(x) along an axis (the last by default), stable for large |x|. The gradient is
 * g - softmax(x) Σ g.
 */
public final class LogSoftmax extends AlongAxis {
    public LogSoftmax(Node x) {
        super(x, x.shape, lastAxis("log_softmax", x.shape));
    }

    public LogSoftmax(Node x, int axis) {
        super(x, x.shape, AxisLayout.of("log_softmax", x.shape, axis));
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
                for (int i = 0, p = start; i < length; i++, p += inner) s += Math.exp(v[p] - m);
                double lse = m + Math.log(s);
                for (int i = 0, p = start; i < length; i++, p += inner) y[p] = v[p] - lse;
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
                double total = 0;
                for (int i = 0, p = start; i < length; i++, p += inner) total += g[p];
                for (int i = 0, p = start; i < length; i++, p += inner) gx[p] += g[p] - Math.exp(y[p]) * total;
            }
        }
    }

    @Override
    public String name() {
        return "log_softmax";
    }
}
