package org.ppl.ad.ops;

import org.ppl.ad.Node;

/** {@code a * b} elementwise, broadcasting. */
public final class Mul extends BinaryElementwise {
    public Mul(Node a, Node b) {
        super("mul", a, b, anyDifferentiable(a, b));
    }

    @Override
    public void forward() {
        double[] x = a.value, y = b.value, z = out.value;
        for (int k = 0; k < z.length; k++) {
            z[k] = x[ia == null ? k : ia[k]] * y[ib == null ? k : ib[k]];
        }
    }

    @Override
    public void backward() {
        double[] g = out.adjoint, x = a.value, y = b.value;
        if (a.adjoint != null) pullBackProduct(a.adjoint, ia, g, y, ib);
        if (b.adjoint != null) pullBackProduct(b.adjoint, ib, g, x, ia);
    }

    /** {@code target[map[k]] += g[k] * other[otherMap[k]]}, summed in a local for a broadcast scalar. */
    private static void pullBackProduct(double[] target, int[] map, double[] g, double[] other, int[] otherMap) {
        if (map != null && target.length == 1) {
            double s = 0;
            for (int k = 0; k < g.length; k++) s += g[k] * other[otherMap == null ? k : otherMap[k]];
            target[0] += s;
            return;
        }
        for (int k = 0; k < g.length; k++) {
            target[map == null ? k : map[k]] += g[k] * other[otherMap == null ? k : otherMap[k]];
        }
    }

    @Override
    public String name() {
        return "mul";
    }
}
