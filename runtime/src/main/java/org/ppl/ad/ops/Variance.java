package org.ppl.ad.ops;

import org.ppl.ad.Node;
import org.ppl.ad.ShapeException;

/**
 * The variance or standard deviation of all elements or along an axis, NumPy's {@code var} and
 * {@code std}: Σ (x - mean)² / (n - ddof), and its square root. The means are kept from the forward
 * pass for the gradient, 2 (x - mean) / (n - ddof) for the variance.
 */
public final class Variance extends Reduction {
    private final boolean standardDeviation;
    private final int ddof;
    private final double[] means;

    private Variance(String operation, Node x, Integer axis, int ddof, boolean standardDeviation) {
        super(x, AxisLayout.of(operation, x.shape, axis));
        if (ddof < 0) throw new ShapeException(operation + ": ddof must be non-negative, got " + ddof);
        this.standardDeviation = standardDeviation;
        this.ddof = ddof;
        this.means = new double[out.size()];
    }

    /** {@code var(x, axis=axis, ddof=ddof)}; a null axis means all elements. */
    public static Variance variance(Node x, Integer axis, int ddof) {
        return new Variance("var", x, axis, ddof, false);
    }

    /** {@code std(x, axis=axis, ddof=ddof)}; a null axis means all elements. */
    public static Variance standardDeviation(Node x, Integer axis, int ddof) {
        return new Variance("std", x, axis, ddof, true);
    }

    @Override
    public void forward() {
        double[] v = x.value, z = out.value;
        double divisor = length - ddof;
        for (int o = 0; o < outer; o++) {
            for (int j = 0; j < inner; j++) {
                int start = o * length * inner + j;
                double s = 0;
                for (int i = 0, p = start; i < length; i++, p += inner) s += v[p];
                double m = s / length;
                double ss = 0;
                for (int i = 0, p = start; i < length; i++, p += inner) ss += (v[p] - m) * (v[p] - m);
                means[o * inner + j] = m;
                z[o * inner + j] = standardDeviation ? Math.sqrt(ss / divisor) : ss / divisor;
            }
        }
    }

    @Override
    public void backward() {
        double[] v = x.value, z = out.value, g = out.adjoint, gx = x.adjoint;
        if (gx == null) return;
        double divisor = length - ddof;
        for (int o = 0; o < outer; o++) {
            for (int j = 0; j < inner; j++) {
                int r = o * inner + j;
                // d var / dx = 2 (x - m) / divisor; d std / dx = (x - m) / (divisor std), taken as 0
                // where std = 0 (all elements equal: a cone point, like |x| at 0).
                double d = !standardDeviation ? 2 * g[r] / divisor : z[r] == 0 ? 0 : g[r] / (divisor * z[r]);
                double m = means[r];
                for (int i = 0, p = o * length * inner + j; i < length; i++, p += inner) gx[p] += d * (v[p] - m);
            }
        }
    }

    @Override
    public String name() {
        return standardDeviation ? "std" : "var";
    }
}
