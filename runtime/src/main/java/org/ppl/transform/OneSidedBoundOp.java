package org.ppl.transform;

import org.ppl.ad.Node;
import org.ppl.ad.Shape;

/**
 * {@code x = bound + sign * exp(y)} elementwise, with log |J| = sum of y: a lower bound for sign
 * +1, an upper bound for sign -1. The bound's adjoint receives the value's adjoint (dx/dbound = 1);
 * the log-Jacobian does not depend on the bound.
 */
final class OneSidedBoundOp extends TransformOp {
    private final String transform;
    private final Node bound;
    private final int[] boundIndex;
    private final double sign;
    private final double[] step;

    OneSidedBoundOp(String transform, Node free, Shape shape, Node bound, double sign) {
        super(shape, free, bound);
        Describe.requireFree(transform, free, shape.size());
        this.transform = transform;
        this.bound = bound;
        this.boundIndex = Describe.boundMap(transform, sign > 0 ? "lower bound" : "upper bound", bound, shape);
        this.sign = sign;
        this.step = new double[shape.size()];
    }

    private double boundAt(int k) {
        return bound.value[boundIndex == null ? k : boundIndex[k]];
    }

    @Override
    public void forward() {
        double[] y = free.value, x = out.value;
        double logJ = 0;
        for (int k = 0; k < x.length; k++) {
            double b = boundAt(k);
            if (!Double.isFinite(b)) {
                throw Describe.badBound(transform, sign > 0 ? "lower bound" : "upper bound", out.shape, k, b);
            }
            double e = Math.exp(y[k]);
            step[k] = e;
            x[k] = b + sign * e;
            logJ += y[k];
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
            for (int k = 0; k < gx.length; k++) gy[k] += gx[k] * sign * step[k] + gJ;
        }
        if (bound.adjoint != null) {
            double[] gb = bound.adjoint;
            for (int k = 0; k < gx.length; k++) gb[boundIndex == null ? k : boundIndex[k]] += gx[k];
        }
    }

    @Override
    public void inverse(double[] constrained, double[] freeOut) {
        for (int k = 0; k < constrained.length; k++) {
            double b = boundAt(k);
            double distance = sign * (constrained[k] - b);
            if (!(distance > 0 && distance < Double.POSITIVE_INFINITY)) {
                double lower = sign > 0 ? b : Double.NEGATIVE_INFINITY;
                double upper = sign > 0 ? Double.POSITIVE_INFINITY : b;
                throw new IllegalArgumentException(Describe.outside(out.shape, k, constrained[k], lower, upper));
            }
            freeOut[k] = Math.log(distance);
        }
    }

    @Override
    public String name() {
        return transform;
    }
}
