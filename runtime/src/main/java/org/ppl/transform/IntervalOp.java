package org.ppl.transform;

import org.ppl.ad.Node;
import org.ppl.ad.NumericFailure;
import org.ppl.ad.Shape;

/**
 * The scaled logistic map of {@link Interval}. With {@code s = logistic(y)} and {@code t = 1 - s}
 * both computed from {@code exp(-|y|)} (so neither is rounded to 1 when the other is tiny), the
 * value is {@code lower + d s} for y < 0 and {@code upper - d t} for y >= 0 (accurate near the end
 * it approaches), and log |J| = sum of {@code log d + log s + log t = log d - |y| - 2 log1p(exp(-|y|))},
 * finite for any finite y. Derivatives: dx/dy = d s t, dx/dlower = t, dx/dupper = s; dlogJ/dy =
 * t - s, dlogJ/dlower = -1/d, dlogJ/dupper = 1/d.
 */
final class IntervalOp extends TransformOp {
    private static final String NAME = "interval";
    private final Node lower;
    private final Node upper;
    private final int[] lowerIndex;
    private final int[] upperIndex;
    private final double[] s;
    private final double[] t;
    private final double[] width;

    IntervalOp(Node free, Shape shape, Node lower, Node upper) {
        super(shape, free, lower, upper);
        Describe.requireFree(NAME, free, shape.size());
        this.lower = lower;
        this.upper = upper;
        this.lowerIndex = Describe.boundMap(NAME, "lower bound", lower, shape);
        this.upperIndex = Describe.boundMap(NAME, "upper bound", upper, shape);
        this.s = new double[shape.size()];
        this.t = new double[shape.size()];
        this.width = new double[shape.size()];
    }

    private double lowerAt(int k) {
        return lower.value[lowerIndex == null ? k : lowerIndex[k]];
    }

    private double upperAt(int k) {
        return upper.value[upperIndex == null ? k : upperIndex[k]];
    }

    private void checkBounds(int k, double lb, double ub) {
        if (!Double.isFinite(lb)) throw Describe.badBound(NAME, "lower bound", out.shape, k, lb);
        if (!Double.isFinite(ub)) throw Describe.badBound(NAME, "upper bound", out.shape, k, ub);
        if (!(lb < ub)) {
            String where = out.shape.isScalar() ? "" : " at " + Describe.element(out.shape, k);
            throw new NumericFailure(NAME + ": the lower bound " + Describe.number(lb)
                    + " is not below the upper bound " + Describe.number(ub) + where);
        }
    }

    @Override
    public void forward() {
        double[] y = free.value, x = out.value;
        double logJ = 0;
        for (int k = 0; k < x.length; k++) {
            double lb = lowerAt(k), ub = upperAt(k);
            checkBounds(k, lb, ub);
            double d = ub - lb;
            double a = Math.abs(y[k]);
            double e = Math.exp(-a);
            double small = e / (1 + e), large = 1 / (1 + e);
            if (y[k] < 0) {
                s[k] = small;
                t[k] = large;
                x[k] = lb + d * small;
            } else {
                s[k] = large;
                t[k] = small;
                x[k] = ub - d * small;
            }
            width[k] = d;
            logJ += Math.log(d) - a - 2 * Math.log1p(e);
        }
        logJacobian.value[0] = logJ;
    }

    @Override
    public void backward() {
        if (out.adjoint == null) return;
        double[] gx = out.adjoint;
        double gJ = logJacobian.adjoint[0];
        if (free.adjoint != null) {
            double[] gy = free.adjoint;
            for (int k = 0; k < gx.length; k++) gy[k] += gx[k] * width[k] * s[k] * t[k] + gJ * (t[k] - s[k]);
        }
        if (lower.adjoint != null) {
            double[] g = lower.adjoint;
            for (int k = 0; k < gx.length; k++) g[lowerIndex == null ? k : lowerIndex[k]] += gx[k] * t[k] - gJ / width[k];
        }
        if (upper.adjoint != null) {
            double[] g = upper.adjoint;
            for (int k = 0; k < gx.length; k++) g[upperIndex == null ? k : upperIndex[k]] += gx[k] * s[k] + gJ / width[k];
        }
    }

    /** y = log(x - lower) - log(upper - x): each difference is exact near its own end. */
    @Override
    public void inverse(double[] constrained, double[] freeOut) {
        for (int k = 0; k < constrained.length; k++) {
            double lb = lowerAt(k), ub = upperAt(k), v = constrained[k];
            if (!(lb < ub)) {
                throw new IllegalArgumentException(Describe.element(out.shape, k) + ": the lower bound "
                        + Describe.number(lb) + " is not below the upper bound " + Describe.number(ub));
            }
            if (!(v > lb && v < ub)) {
                throw new IllegalArgumentException(Describe.outside(out.shape, k, v, lb, ub));
            }
            freeOut[k] = Math.log(v - lb) - Math.log(ub - v);
        }
    }

    @Override
    public String name() {
        return NAME;
    }
}
