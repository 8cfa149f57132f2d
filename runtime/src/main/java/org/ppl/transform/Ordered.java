package org.ppl.transform;

import org.ppl.ad.Node;
import org.ppl.ad.Shape;
import org.ppl.ad.ShapeException;

/**
 * Strictly increasing vectors (Stan's {@code ordered}, PyMC's {@code transforms.ordered}):
 * {@code x_0 = y_0}, {@code x_k = x_{k-1} + exp(y_k)}; log |J| = y_1 + ... + y_{K-1}.
 */
public record Ordered() implements Transform {
    @Override
    public String name() {
        return "ordered";
    }

    @Override
    public int freeSize(Shape shape) {
        requireVector(shape);
        return shape.size();
    }

    @Override
    public TransformOp bind(Node free, Shape shape) {
        requireVector(shape);
        return new OrderedOp(free, shape);
    }

    private static void requireVector(Shape shape) {
        if (!shape.isVector()) throw new ShapeException("ordered: the value must be a vector, not " + shape);
    }
}
