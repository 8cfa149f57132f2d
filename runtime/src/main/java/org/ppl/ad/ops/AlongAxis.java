package org.ppl.ad.ops;

import org.ppl.ad.Node;
import org.ppl.ad.Op;
import org.ppl.ad.Shape;

/**
 * Base of operations that map each slice along one axis to a slice of the same length (softmax,
 * cumulative sum). The slice through (o, j) starts at {@code o * length * inner + j} and has
 * stride {@code inner}, as in {@link AxisLayout}.
 */
abstract class AlongAxis extends Op {
    protected final Node x;
    protected final int outer;
    protected final int length;
    protected final int inner;

    protected AlongAxis(Node x, Shape outShape, AxisLayout layout) {
        super(outShape, x);
        this.x = x;
        this.outer = layout.outer();
        this.length = layout.length();
        this.inner = layout.inner();
    }

    /** The last axis, or all elements of a scalar. */
    static AxisLayout lastAxis(String operation, Shape shape) {
        return AxisLayout.of(operation, shape, shape.rank() == 0 ? null : -1);
    }
}
