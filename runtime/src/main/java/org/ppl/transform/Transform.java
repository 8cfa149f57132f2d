package org.ppl.transform;

import org.ppl.ad.Node;
import org.ppl.ad.Shape;

/**
 * A bijection from unconstrained reals to a parameter's support. A transform instance carries the
 * nodes of its bounds (which may depend on other parameters); {@link #bind} records the operation
 * that maps a parameter's free vector to its constrained value and the log |Jacobian| of that map.
 */
public interface Transform {
    /** A short name for dumps and `ppl check` ("lower_bound", "interval", "simplex", ...). */
    String name();

    /** The number of unconstrained reals behind a constrained value of this shape. */
    int freeSize(Shape shape);

    /**
     * The operation from {@code free} (a vector of {@link #freeSize} elements) to a value of
     * {@code shape}; push it on the tape to use it.
     */
    TransformOp bind(Node free, Shape shape);
}
