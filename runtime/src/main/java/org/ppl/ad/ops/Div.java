package org.ppl.ad.ops;

import org.ppl.ad.Node;

/** {@code a / b} elementwise, broadcasting. */
public final class Div extends BinaryElementwise {
    public Div(Node a, Node b) {
        super("div", a, b, anyDifferentiable(a, b));
    }

    @Override
    public void forward() {
        double[] x = a.value, y = b.value, z = out.value;
        for (int k = 0; k < z.length; k++) {
            z[k] = x[ia == null ? k : ia[k]] / y[ib == null ? k : ib[k]];
        }
    }

    @Override
    public void backward() {
        double[] g = out.adjoint, y = b.value, z = out.value;
        if (a.adjoint != null) {
            double[] ga = a.adjoint;
            for (int k = 0; k < g.length; k++) {
                ga[ia == null ? k : ia[k]] += g[k] / y[ib == null ? k : ib[k]];
            }
        }
        if (b.adjoint != null) {
            // d(x/y)/dy = -x/y² = -z/y.
            double[] gb = b.adjoint;
            for (int k = 0; k < g.length; k++) {
                int j = ib == null ? k : ib[k];
                gb[j] -= g[k] * z[k] / y[j];
            }
        }
    }

    @Override
    public String name() {
        return "div";
    }
}
