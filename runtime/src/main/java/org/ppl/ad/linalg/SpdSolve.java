package org.ppl.ad.linalg;

import org.ppl.ad.Node;
import org.ppl.ad.NumericFailure;
import org.ppl.ad.Op;
import org.ppl.ad.Shape;
import org.ppl.linalg.CholeskyKernel;
import org.ppl.linalg.MatrixMultiply;
import org.ppl.linalg.TriangularKernels;

/**
 * {@code A \ B} for a symmetric positive-definite A, through its Cholesky factor, as one operation.
 * B is a vector or a matrix with n rows. Only the lower triangle of A is read; its adjoint
 * ({@code -G X^T} with G = A^{-1} Xbar) is symmetrised. A matrix that is not positive definite
 * raises {@link NumericFailure}.
 */
public final class SpdSolve extends Op {
    private final Node a;
    private final Node b;
    private final int n;
    private final int m;
    private final double[] factor;
    private final double[] g;
    private final double[] p;

    public SpdSolve(Node a, Node b) {
        super(checked(a, b), a, b);
        this.a = a;
        this.b = b;
        this.n = a.shape.dim(0);
        this.m = Shapes.columns(b.shape);
        this.factor = new double[n * n];
        this.g = new double[b.size()];
        this.p = a.isDifferentiable() ? new double[n * n] : null;
    }

    private static Shape checked(Node a, Node b) {
        int n = Shapes.square("solve", a);
        Shapes.leftOperand("solve", a.shape, b.shape, n);
        return b.shape;
    }

    @Override
    public void forward() {
        System.arraycopy(a.value, 0, factor, 0, n * n);
        if (!CholeskyKernel.factor(factor, n)) throw new NumericFailure("solve: the matrix is not positive definite");
        double[] x = out.value;
        System.arraycopy(b.value, 0, x, 0, x.length);
        TriangularKernels.solveLower(factor, n, x, m);
        TriangularKernels.solveLowerTransposed(factor, n, x, m);
    }

    @Override
    public void backward() {
        if (a.adjoint == null && b.adjoint == null) return;
        System.arraycopy(out.adjoint, 0, g, 0, g.length);
        TriangularKernels.solveLower(factor, n, g, m);
        TriangularKernels.solveLowerTransposed(factor, n, g, m);
        if (b.adjoint != null) {
            double[] gb = b.adjoint;
            for (int i = 0; i < g.length; i++) gb[i] += g[i];
        }
        if (a.adjoint != null) {
            MatrixMultiply.multTransB(g, out.value, p, n, m, n);
            Shapes.addSymmetrised(a.adjoint, -1.0, p, n);
        }
    }

    @Override
    public String name() {
        return "solve";
    }
}
