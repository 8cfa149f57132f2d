package org.ppl.ad.ops;

import org.ppl.ad.Broadcast;
import org.ppl.ad.Node;
import org.ppl.ad.Op;
import org.ppl.ad.Shape;
import org.ppl.ad.ShapeException;

/**
 * {@code x} repeated to a larger shape by NumPy's broadcasting rules (NumPy's broadcast_to); the
 * adjoint sums the copies back.
 */
public final class BroadcastTo extends Op {
    private final Node x;
    private final int[] map;

    public BroadcastTo(Node x, Shape shape) {
        super(check(x.shape, shape), x);
        this.x = x;
        this.map = Broadcast.indexMap(x.shape, shape);
    }

    private static Shape check(Shape from, Shape to) {
        if (!from.broadcastsTo(to)) {
            throw new ShapeException("broadcast_to: shape " + from + " cannot be broadcast to " + to);
        }
        return to;
    }

    @Override
    public void forward() {
        double[] v = x.value, z = out.value;
        for (int k = 0; k < z.length; k++) z[k] = v[map[k]];
    }

    @Override
    public void backward() {
        double[] g = out.adjoint, gx = x.adjoint;
        if (gx == null) return;
        for (int k = 0; k < g.length; k++) gx[map[k]] += g[k];
    }

    @Override
    public String name() {
        return "broadcast_to";
    }
}
