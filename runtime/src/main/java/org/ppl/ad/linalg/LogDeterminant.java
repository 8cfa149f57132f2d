package org.ppl.ad.linalg;

import org.ppl.ad.Node;
import org.ppl.ad.NumericFailure;
import org.ppl.ad.Op;
import org.ppl.ad.Shape;
import org.ppl.linalg.CholeskyKernel;
import org.ppl.linalg.SpdInverse;

/**
 * log det A of a symmetric positive-definite A, through its Cholesky factor; the adjoint is
 * {@code gbar A^{-1}}. Only the lower triangle of A is read. A matrix that is not positive definite
 * raises {@link NumericFailure}.
 */
public final class LogDeterminant extends Op {
    private final Node a;
    private final int n;
    private final double[] factor;
    private final double[] inverse;

    public LogDeterminant(Node a) {
        super(Shape.SCALAR, a);
        this.a = a;
        this.n = Shapes.square("log_determinant", a);
        this.factor = new double[n * n];
        this.inverse = a.isDifferentiable() ? new double[n * n] : null;
    }

    @Override
    public void forward() {
        System.arraycopy(a.value, 0, factor, 0, n * n);
        if (!CholeskyKernel.factor(factor, n)) throw new NumericFailure("log_determinant: the matrix is not positive definite");
        out.value[0] = CholeskyKernel.logDeterminant(factor, n);
    }

    @Override
    public void backward() {
        if (a.adjoint == null) return;
        SpdInverse.fromCholesky(factor, n, inverse, null);
        double g = out.adjoint[0];
        double[] ga = a.adjoint;
        for (int i = 0; i < ga.length; i++) ga[i] += g * inverse[i];
    }

    @Override
    public String name() {
        return "log_determinant";
    }
}
