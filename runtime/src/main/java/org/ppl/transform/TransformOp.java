package org.ppl.transform;

import org.ppl.ad.Node;
import org.ppl.ad.Op;
import org.ppl.ad.Shape;

/**
 * The operation of a bound transform. Its first output is the constrained value; its second is
 * the scalar log |Jacobian| of the map from the free vector, whose gradient flows back to the free
 * vector and to the bounds.
 */
public abstract class TransformOp extends Op {
    protected final Node free;
    protected final Node logJacobian;

    protected TransformOp(Shape shape, Node free, Node... bounds) {
        super(shape, prepend(free, bounds));
        this.free = free;
        this.logJacobian = extraOutput(Shape.SCALAR);
    }

    private static Node[] prepend(Node first, Node[] rest) {
        Node[] all = new Node[rest.length + 1];
        all[0] = first;
        System.arraycopy(rest, 0, all, 1, rest.length);
        return all;
    }

    @Override
    public final Node[] outputs() {
        return new Node[] {out, logJacobian};
    }

    public final Node value() {
        return out;
    }

    public final Node logJacobian() {
        return logJacobian;
    }

    /**
     * The free vector of a constrained value, with the bounds at their current values.
     *
     * @throws IllegalArgumentException naming the first element outside the support
     */
    public abstract void inverse(double[] constrained, double[] freeOut);
}
