package org.ppl.ad.linalg;

import org.ppl.ad.Node;
import org.ppl.ad.NumericFailure;
import org.ppl.ad.Op;
import org.ppl.ad.Shape;
import org.ppl.ad.ShapeException;
import org.ppl.linalg.CholeskyKernel;
import org.ppl.linalg.MatrixMultiply;
import org.ppl.linalg.SpdInverse;

/**
 * {@code trace(A^{-1} B)} for a symmetric positive-definite A and a square B of the same order, in
 * one operation (no node for A^{-1} B). With W = A^{-1}: Bbar += gbar W and
 * Abar -= gbar W B^T W (symmetrised; only the lower triangle of A is read). A matrix that is not
 * positive definite raises {@link NumericFailure}.
 */
public final class TraceInverseProduct extends Op {
    private final Node a;
    private final Node b;
    private final int n;
    private final double[] factor;
    private final double[] inverse;
    private final double[] p;
    private final double[] q;

    public TraceInverseProduct(Node a, Node b) {
        super(Shape.SCALAR, a, b);
        this.a = a;
        this.b = b;
        this.n = Shapes.square("trace_inv_product", a);
        if (!b.shape.equals(a.shape)) {
            throw new ShapeException("trace_inv_product: shapes " + a.shape + " and " + b.shape + " do not align");
        }
        this.factor = new double[n * n];
        this.inverse = new double[n * n];
        this.p = a.isDifferentiable() ? new double[n * n] : null;
        this.q = a.isDifferentiable() ? new double[n * n] : null;
    }

    @Override
    public void forward() {
        System.arraycopy(a.value, 0, factor, 0, n * n);
        if (!CholeskyKernel.factor(factor, n)) throw new NumericFailure("trace_inv_product: the matrix is not positive definite");
        SpdInverse.fromCholesky(factor, n, inverse, null);
        // trace(W B) = sum_ij W_ij B_ji, and W is symmetric.
        double s = 0;
        double[] bv = b.value;
        for (int i = 0; i < inverse.length; i++) s += inverse[i] * bv[i];
        out.value[0] = s;
    }

    @Override
    public void backward() {
        double g = out.adjoint[0];
        if (b.adjoint != null) {
            for (int i = 0; i < inverse.length; i++) b.adjoint[i] += g * inverse[i];
        }
        if (a.adjoint != null) {
            MatrixMultiply.multTransB(inverse, b.value, p, n, n, n);
            MatrixMultiply.mult(p, inverse, q, n, n, n);
            Shapes.addSymmetrised(a.adjoint, -g, q, n);
        }
    }

    @Override
    public String name() {
        return "trace_inv_product";
    }
}
