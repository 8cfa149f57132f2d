package org.ppl.transform;

import org.ppl.ad.Node;
import org.ppl.ad.Shape;

/**
 * Values in an open interval: {@code x = lower + (upper - lower) * logistic(y)}. Either bound is a
 * node (a scalar, or any shape that broadcasts against the value) and may depend on other
 * parameters, as in {@code beta1 ~ Uniform(0, 1 - alpha1)}.
 */
public record Interval(Node lower, Node upper) implements Transform {
    @Override
    public String name() {
        return "interval";
    }

    @Override
    public int freeSize(Shape shape) {
        return shape.size();
    }

    @Override
    public TransformOp bind(Node free, Shape shape) {
        return new IntervalOp(free, shape, lower, upper);
    }
}
