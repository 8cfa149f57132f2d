package org.ppl.ad;

import org.ejml.data.DMatrixRMaj;

/**
 * A value on the tape: a scalar, vector, matrix or array, stored row-major in one {@code double[]},
 * with its adjoint in a second array of the same length ({@code null} for constants, whose
 * gradient is never needed). Buffers are allocated once, when the tape is built.
 */
public final class Node {
    public final Shape shape;
    public final double[] value;
    /** The adjoint, or {@code null} when no gradient flows to this node. */
    public final double[] adjoint;
    /** Whether the value is fixed once the tape is built (data, and operations on data only). */
    public final boolean constant;

    private DMatrixRMaj valueView;
    private DMatrixRMaj adjointView;

    Node(Shape shape, boolean differentiable, boolean constant) {
        this(shape, new double[shape.size()], differentiable, constant);
    }

    Node(Shape shape, double[] value, boolean differentiable, boolean constant) {
        if (value.length != shape.size()) {
            throw new ShapeException("value of length " + value.length + " for shape " + shape);
        }
        this.shape = shape;
        this.value = value;
        this.adjoint = differentiable ? new double[value.length] : null;
        this.constant = constant;
    }

    public boolean isDifferentiable() {
        return adjoint != null;
    }

    public int size() {
        return value.length;
    }

    /** The value of a node of one element. */
    public double scalar() {
        return value[0];
    }

    /** An EJML view of the value (shares the array; rows x cols as in {@link Shape#rows()}). */
    public DMatrixRMaj valueMatrix() {
        if (valueView == null) valueView = DMatrixRMaj.wrap(shape.rows(), shape.cols(), value);
        return valueView;
    }

    /** An EJML view of the adjoint (shares the array). */
    public DMatrixRMaj adjointMatrix() {
        if (adjoint == null) throw new IllegalStateException("constant node has no adjoint");
        if (adjointView == null) adjointView = DMatrixRMaj.wrap(shape.rows(), shape.cols(), adjoint);
        return adjointView;
    }

    @Override
    public String toString() {
        return (constant ? "const" : adjoint == null ? "value" : "node") + shape;
    }
}
