package org.ppl.transform;

import org.ppl.ad.Node;
import org.ppl.ad.Shape;
import org.ppl.ad.ShapeException;

/**
 * Cholesky factors of covariance matrices (Stan's {@code cholesky_factor_cov}): M x N lower
 * triangular matrices, M >= N, with a positive diagonal. The free values fill the non-zero entries
 * row by row, N(N+1)/2 + (M-N)N of them, the diagonal ones through {@code exp}; log |J| is the sum
 * of the diagonal's free values (the map to the non-zero entries).
 */
public record CholeskyCovariance() implements Transform {
    @Override
    public String name() {
        return "cholesky_cov";
    }

    @Override
    public int freeSize(Shape shape) {
        requireShape(shape);
        int m = shape.dim(0), n = shape.dim(1);
        return n * (n + 1) / 2 + (m - n) * n;
    }

    @Override
    public TransformOp bind(Node free, Shape shape) {
        requireShape(shape);
        return new CholeskyCovarianceOp(free, shape, freeSize(shape));
    }

    private static void requireShape(Shape shape) {
        if (!shape.isMatrix() || shape.dim(0) < shape.dim(1)) {
            throw new ShapeException("cholesky_cov: the value must be a matrix with at least as many rows as columns, not "
                    + shape);
        }
    }
}
