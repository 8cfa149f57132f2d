package org.ppl.transform;

import org.ppl.ad.Node;
import org.ppl.ad.Shape;
import org.ppl.ad.ShapeException;

/**
 * Vectors of K positive entries summing to one, from K - 1 free values by Stan's stick-breaking
 * (Stan Reference Manual, "Unit simplex"): break off the fraction {@code logistic(y_k - log(K-1-k))}
 * of the stick left, k = 0..K-2, and give the rest to the last entry. The offset makes y = 0 the
 * uniform simplex. log |J| is that of the map to the first K - 1 entries.
 */
public record Simplex() implements Transform {
    @Override
    public String name() {
        return "simplex";
    }

    @Override
    public int freeSize(Shape shape) {
        requireVector(shape);
        return shape.size() - 1;
    }

    @Override
    public TransformOp bind(Node free, Shape shape) {
        requireVector(shape);
        return new SimplexOp(free, shape);
    }

    private static void requireVector(Shape shape) {
        if (!shape.isVector() || shape.size() < 1) {
            throw new ShapeException("simplex: the value must be a vector of at least one element, not " + shape);
        }
    }
}
