package org.ppl.transform;

import org.ppl.ad.Node;
import org.ppl.ad.Shape;

/**
 * Values below an upper bound: {@code x = upper - exp(y)}, log |J| = sum of y. The bound is a node
 * (a scalar, or any shape that broadcasts against the value) and may depend on other parameters.
 */
public record UpperBound(Node upper) implements Transform {
    @Override
    public String name() {
        return "upper_bound";
    }

    @Override
    public int freeSize(Shape shape) {
        return shape.size();
    }

    @Override
    public TransformOp bind(Node free, Shape shape) {
        return new OneSidedBoundOp(name(), free, shape, upper, -1.0);
    }
}
