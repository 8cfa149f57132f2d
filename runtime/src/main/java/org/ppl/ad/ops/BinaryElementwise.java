package org.ppl.ad.ops;

import org.ppl.ad.Broadcast;
import org.ppl.ad.Node;
import org.ppl.ad.Op;
import org.ppl.ad.Shape;
import org.ppl.ad.ShapeException;

/**
 * Base of elementwise operations of two arguments with NumPy broadcasting. {@code ia[k]} and
 * {@code ib[k]} name the input elements feeding output element {@code k}; an input of the output's
 * shape has a {@code null} map (the identity), which the loops test once. The maps are computed
 * when the operation is built, so evaluation never works out an index from a shape.
 */
public abstract class BinaryElementwise extends Op {
    protected final Node a;
    protected final Node b;
    protected final int[] ia;
    protected final int[] ib;

    protected BinaryElementwise(Node a, Node b) {
        this("elementwise", a, b, anyDifferentiable(a, b));
    }

    /**
     * @param operation the name used in a shape error
     * @param differentiable false for operations whose output carries no gradient (comparisons)
     */
    protected BinaryElementwise(String operation, Node a, Node b, boolean differentiable) {
        super(broadcast(operation, a.shape, b.shape), differentiable, a, b);
        this.a = a;
        this.b = b;
        this.ia = a.shape.equals(out.shape) ? null : Broadcast.indexMap(a.shape, out.shape);
        this.ib = b.shape.equals(out.shape) ? null : Broadcast.indexMap(b.shape, out.shape);
    }

    /**
     * Adds {@code g} pulled back through a broadcast map to {@code target}: elementwise for the
     * identity (a null map), as one sum for a scalar, else scattered. Summing a scalar's share in a
     * local keeps the loop free of a store-to-load dependency.
     */
    static void pullBack(double[] target, int[] map, double[] g) {
        if (map == null) {
            for (int k = 0; k < g.length; k++) target[k] += g[k];
        } else if (target.length == 1) {
            double s = 0;
            for (double v : g) s += v;
            target[0] += s;
        } else {
            for (int k = 0; k < g.length; k++) target[map[k]] += g[k];
        }
    }

    /** The broadcast shape of the arguments, or a {@link ShapeException} naming the operation. */
    static Shape broadcast(String operation, Shape a, Shape b) {
        try {
            return Shape.broadcast(a, b);
        } catch (ShapeException e) {
            throw new ShapeException(operation + ": shapes " + a + " and " + b + " do not broadcast");
        }
    }
}
