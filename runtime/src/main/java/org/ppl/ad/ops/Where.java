package org.ppl.ad.ops;

import org.ppl.ad.Broadcast;
import org.ppl.ad.Node;
import org.ppl.ad.Op;
import org.ppl.ad.Shape;
import org.ppl.ad.ShapeException;

/**
 * NumPy's {@code where(cond, a, b)}: {@code a} where {@code cond} is non-zero (NaN counts as true),
 * else {@code b}, with the three shapes broadcast together. The gradient goes to the chosen side;
 * none goes to {@code cond}.
 */
public final class Where extends Op {
    private final Node cond;
    private final Node a;
    private final Node b;
    private final int[] ic;
    private final int[] ia;
    private final int[] ib;

    public Where(Node cond, Node a, Node b) {
        super(broadcast(cond.shape, a.shape, b.shape), anyDifferentiable(a, b), cond, a, b);
        this.cond = cond;
        this.a = a;
        this.b = b;
        this.ic = map(cond.shape, out.shape);
        this.ia = map(a.shape, out.shape);
        this.ib = map(b.shape, out.shape);
    }

    private static Shape broadcast(Shape c, Shape a, Shape b) {
        try {
            return Shape.broadcast(Shape.broadcast(c, a), b);
        } catch (ShapeException e) {
            throw new ShapeException("where: shapes " + c + ", " + a + " and " + b + " do not broadcast");
        }
    }

    private static int[] map(Shape in, Shape out) {
        return in.equals(out) ? null : Broadcast.indexMap(in, out);
    }

    @Override
    public void forward() {
        double[] c = cond.value, x = a.value, y = b.value, z = out.value;
        for (int k = 0; k < z.length; k++) {
            z[k] = c[ic == null ? k : ic[k]] != 0 ? x[ia == null ? k : ia[k]] : y[ib == null ? k : ib[k]];
        }
    }

    @Override
    public void backward() {
        double[] c = cond.value, g = out.adjoint, ga = a.adjoint, gb = b.adjoint;
        for (int k = 0; k < g.length; k++) {
            if (c[ic == null ? k : ic[k]] != 0) {
                if (ga != null) ga[ia == null ? k : ia[k]] += g[k];
            } else if (gb != null) {
                gb[ib == null ? k : ib[k]] += g[k];
            }
        }
    }

    @Override
    public String name() {
        return "where";
    }
}
