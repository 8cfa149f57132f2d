package org.ppl.gp.cov;

import org.ppl.ad.Node;
import org.ppl.ad.Op;
import org.ppl.ad.Shape;
import org.ppl.ad.ShapeException;

/**
 * A matrix or vector filled with {@code s * c} (or {@code s * c²}): everywhere, or on the diagonal of
 * a square matrix only. The value of the Constant and WhiteNoise kernels and of stationary
 * diagonals; its adjoint goes to the scalar c and the scale.
 */
public final class FillOp extends Op {
    private final Node value;
    private final Node scale;
    private final boolean squared;
    private final boolean diagonalOnly;

    /**
     * @param scale    a scalar node, or null for 1
     * @param squared  fill with c² rather than c (WhiteNoise's σ²)
     * @param diagonalOnly fill the diagonal of a square matrix and leave the rest 0
     */
    public FillOp(Shape shape, Node value, Node scale, boolean squared, boolean diagonalOnly) {
        super(shape, KernelInputs.of(value, scale, null, null, null));
        if (value.size() != 1) throw new ShapeException("fill: the value has shape " + value.shape + "; expected a scalar");
        if (scale != null && scale.size() != 1) {
            throw new ShapeException("fill: the scale has shape " + scale.shape + "; expected a scalar");
        }
        if (diagonalOnly && !(shape.isMatrix() && shape.rows() == shape.cols())) {
            throw new ShapeException("fill: a diagonal fill needs a square matrix, not " + shape);
        }
        this.value = value;
        this.scale = scale;
        this.squared = squared;
        this.diagonalOnly = diagonalOnly;
    }

    private double base() {
        double c = value.value[0];
        return squared ? c * c : c;
    }

    @Override
    public void forward() {
        double v = base() * (scale == null ? 1.0 : scale.value[0]);
        double[] z = out.value;
        if (diagonalOnly) {
            int n = out.shape.rows();
            for (int i = 0; i < n; i++) z[i * n + i] = v;
        } else {
            java.util.Arrays.fill(z, v);
        }
    }

    @Override
    public void backward() {
        double[] g = out.adjoint;
        double sum = 0;
        if (diagonalOnly) {
            int n = out.shape.rows();
            for (int i = 0; i < n; i++) sum += g[i * n + i];
        } else {
            for (double gk : g) sum += gk;
        }
        double s = scale == null ? 1.0 : scale.value[0];
        if (value.adjoint != null) value.adjoint[0] += sum * s * (squared ? 2 * value.value[0] : 1.0);
        if (scale != null && scale.adjoint != null) scale.adjoint[0] += sum * base();
    }

    /** {@code scale} repeated n times, or a constant vector of ones when {@code scale} is null. */
    static Node ones(org.ppl.ad.Tape tape, int n, Node scale) {
        if (scale == null) {
            double[] ones = new double[n];
            java.util.Arrays.fill(ones, 1.0);
            return tape.constant(Shape.vector(n), ones);
        }
        return tape.push(new FillOp(Shape.vector(n), scale, null, false, false));
    }
}
