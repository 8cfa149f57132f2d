package org.ppl.transform;

import org.ppl.ad.Node;
import org.ppl.ad.Shape;

/**
 * The cumulative map of {@link Ordered}. Every x_j with j >= k depends on y_k through the same
 * factor ({@code 1} for k = 0, {@code exp(y_k)} after), so the backward sweep is a suffix sum of
 * the value's adjoint.
 */
final class OrderedOp extends TransformOp {
    private static final String NAME = "ordered";
    private final double[] step;

    OrderedOp(Node free, Shape shape) {
        super(shape, free);
        Describe.requireFree(NAME, free, shape.size());
        this.step = new double[shape.size()];
    }

    @Override
    public void forward() {
        double[] y = free.value, x = out.value;
        double logJ = 0;
        for (int k = 0; k < x.length; k++) {
            if (k == 0) {
                x[0] = y[0];
                continue;
            }
            step[k] = Math.exp(y[k]);
            x[k] = x[k - 1] + step[k];
            logJ += y[k];
        }
        logJacobian.value[0] = logJ;
    }

    @Override
    public void backward() {
        if (out.adjoint == null || free.adjoint == null) return;
        double[] gx = out.adjoint, gy = free.adjoint;
        double gJ = logJacobian.adjoint[0];
        double suffix = 0;
        for (int k = gx.length - 1; k >= 1; k--) {
            suffix += gx[k];
            gy[k] += suffix * step[k] + gJ;
        }
        if (gx.length > 0) gy[0] += suffix + gx[0];
    }

    @Override
    public void inverse(double[] constrained, double[] freeOut) {
        for (int k = 0; k < constrained.length; k++) {
            double v = constrained[k];
            if (!Double.isFinite(v)) {
                throw new IllegalArgumentException(Describe.element(out.shape, k) + " is " + Describe.number(v)
                        + ", not a finite number");
            }
            if (k == 0) {
                freeOut[0] = v;
                continue;
            }
            double previous = constrained[k - 1];
            if (!(v > previous)) {
                throw new IllegalArgumentException(Describe.element(out.shape, k) + " is " + Describe.number(v)
                        + ", not above element " + (k - 1) + " (" + Describe.number(previous) + ")");
            }
            freeOut[k] = Math.log(v - previous);
        }
    }

    @Override
    public String name() {
        return NAME;
    }
}
