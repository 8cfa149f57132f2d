package org.ppl.transform;

import org.ppl.ad.Node;
import org.ppl.ad.Shape;
import org.ppl.ad.ShapeException;

/**
 * Cholesky factors of K x K correlation matrices (Stan's {@code cholesky_factor_corr}), from
 * K(K-1)/2 free values: {@code tanh} maps each to a canonical partial correlation in (-1, 1), and
 * row i of the factor is built from its CPCs so that it has unit length (Lewandowski, Kurowicka and
 * Joe 2009; Stan Reference Manual, "Cholesky factors of correlation matrices"). The free values are
 * the strictly lower entries in row-major order: (1,0), (2,0), (2,1), (3,0), ... log |J| is that of
 * the map to the strictly lower entries.
 */
public record CholeskyCorrelation() implements Transform {
    @Override
    public String name() {
        return "cholesky_corr";
    }

    @Override
    public int freeSize(Shape shape) {
        int k = requireSquare(shape);
        return k * (k - 1) / 2;
    }

    @Override
    public TransformOp bind(Node free, Shape shape) {
        requireSquare(shape);
        return new CholeskyCorrelationOp(free, shape);
    }

    private static int requireSquare(Shape shape) {
        if (!shape.isMatrix() || shape.dim(0) != shape.dim(1) || shape.dim(0) < 1) {
            throw new ShapeException("cholesky_corr: the value must be a square matrix, not " + shape);
        }
        return shape.dim(0);
    }
}
