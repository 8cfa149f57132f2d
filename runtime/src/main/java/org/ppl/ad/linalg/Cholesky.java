package org.ppl.ad.linalg;

import org.ppl.ad.Node;
import org.ppl.ad.NumericFailure;
import org.ppl.ad.Op;
import org.ppl.linalg.CholeskyAdjoint;
import org.ppl.linalg.CholeskyKernel;

/**
 * The lower Cholesky factor L of a symmetric positive-definite matrix A (A = L L^T). Only the lower
 * triangle of A is read. The reverse sweep is Murray's blocked algorithm ({@link CholeskyAdjoint});
 * the adjoint it adds to A is symmetrised, the gradient for a symmetric A, as in Stan. A matrix
 * that is not positive definite raises {@link NumericFailure}.
 */
public final class Cholesky extends Op {
    private final Node a;
    private final int n;
    private final int block;

    public Cholesky(Node a) {
        this(a, CholeskyAdjoint.DEFAULT_BLOCK);
    }

    /** With a chosen block size for the reverse sweep. */
    public Cholesky(Node a, int block) {
        super(a.shape, a);
        this.a = a;
        this.n = Shapes.square("cholesky", a);
        this.block = block;
    }

    @Override
    public void forward() {
        System.arraycopy(a.value, 0, out.value, 0, n * n);
        if (!CholeskyKernel.factor(out.value, n)) throw new NumericFailure("cholesky: the matrix is not positive definite");
    }

    @Override
    public void backward() {
        if (a.adjoint != null) CholeskyAdjoint.reverse(out.value, out.adjoint, n, block, a.adjoint);
    }

    @Override
    public String name() {
        return "cholesky";
    }
}
