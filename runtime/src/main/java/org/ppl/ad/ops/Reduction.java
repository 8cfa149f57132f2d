package org.ppl.ad.ops;

import org.ppl.ad.Node;
import org.ppl.ad.Op;

/**
 * Base of reductions along one axis or over all elements (NumPy's {@code axis=}): the output has
 * the input's shape with the axis removed, or is a scalar. Subclasses loop over the
 * {@link AxisLayout} block: output element {@code o * inner + j} reduces the input elements
 * {@code (o * length + i) * inner + j} for i in [0, length).
 */
abstract class Reduction extends Op {
    protected final Node x;
    protected final int outer;
    protected final int length;
    protected final int inner;

    protected Reduction(Node x, AxisLayout layout) {
        super(layout.reduced(), x);
        this.x = x;
        this.outer = layout.outer();
        this.length = layout.length();
        this.inner = layout.inner();
    }
}
