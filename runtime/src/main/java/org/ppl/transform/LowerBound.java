package org.ppl.transform;

import org.ppl.ad.Node;
import org.ppl.ad.Shape;

/**
 * Values above a lower bound: {@code x = lower + exp(y)}, log |J| = sum of y. The bound is a node
 * (a scalar, or any shape that broadcasts against the value) and may depend on other parameters.
 */
public record LowerBound(Node lower) implements Transform {
    @Override
    public String name() {
        return "lower_bound";
    }

    @Override
    public int freeSize(Shape shape) {
        return shape.size();
    }

    @Override
    public TransformOp bind(Node free, Shape shape) {
        return new OneSidedBoundOp(name(), free, shape, lower, +1.0);
    }
}
