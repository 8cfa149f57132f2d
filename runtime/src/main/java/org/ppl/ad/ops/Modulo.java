package org.ppl.ad.ops;

import org.ppl.ad.Node;

/**
 * {@code a % b} elementwise with broadcasting, Python's modulo: {@code a - b * (a // b)}, with the
 * sign of {@code b}. Between its jumps it is smooth: d/da = 1 and d/db = -(a // b).
 */
public final class Modulo extends BinaryElementwise {
    public Modulo(Node a, Node b) {
        super("mod", a, b, anyDifferentiable(a, b));
    }

    @Override
    public void forward() {
        double[] x = a.value, y = b.value, z = out.value;
        for (int k = 0; k < z.length; k++) {
            z[k] = FloorDivision.mod(x[ia == null ? k : ia[k]], y[ib == null ? k : ib[k]]);
        }
    }

    @Override
    public void backward() {
        double[] g = out.adjoint;
        if (a.adjoint != null) pullBack(a.adjoint, ia, g);
        if (b.adjoint != null) {
            double[] x = a.value, y = b.value, gb = b.adjoint;
            for (int k = 0; k < g.length; k++) {
                int j = ib == null ? k : ib[k];
                gb[j] -= g[k] * FloorDivision.floorDivide(x[ia == null ? k : ia[k]], y[j]);
            }
        }
    }

    @Override
    public String name() {
        return "mod";
    }
}
