package org.ppl.ad.ops;

import org.ppl.ad.Broadcast;
import org.ppl.ad.Node;
import org.ppl.ad.Op;
import org.ppl.ad.Shape;

/**
 * Base of elementwise operations of two arguments with NumPy broadcasting. {@code ia[k]} and
 * {@code ib[k]} name the input elements feeding output element {@code k}; an input of the output's
 * shape has a {@code null} map (the identity), which the loops test once.
 */
public abstract class BinaryElementwise extends Op {
    protected final Node a;
    protected final Node b;
    protected final int[] ia;
    protected final int[] ib;

    protected BinaryElementwise(Node a, Node b) {
        super(Shape.broadcast(a.shape, b.shape), a, b);
        this.a = a;
        this.b = b;
        this.ia = a.shape.equals(out.shape) ? null : Broadcast.indexMap(a.shape, out.shape);
        this.ib = b.shape.equals(out.shape) ? null : Broadcast.indexMap(b.shape, out.shape);
    }
}
