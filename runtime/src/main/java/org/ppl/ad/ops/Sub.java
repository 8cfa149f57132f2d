package org.ppl.ad.ops;

import org.ppl.ad.Node;

/** {@code a - b}, broadcasting. */
public final class Sub extends BinaryElementwise {
    public Sub(Node a, Node b) {
        super("sub", a, b, anyDifferentiable(a, b));
    }

    @Override
    public void forward() {
        double[] x = a.value, y = b.value, z = out.value;
        for (int k = 0; k < z.length; k++) {
            z[k] = x[ia == null ? k : ia[k]] - y[ib == null ? k : ib[k]];
        }
    }

    @Override
    public void backward() {
        double[] g = out.adjoint;
        if (a.adjoint != null) pullBack(a.adjoint, ia, g);
        if (b.adjoint != null) {
            double[] gb = b.adjoint;
            if (ib != null && gb.length == 1) {
                double s = 0;
                for (double v : g) s += v;
                gb[0] -= s;
            } else {
                for (int k = 0; k < g.length; k++) gb[ib == null ? k : ib[k]] -= g[k];
            }
        }
    }

    @Override
    public String name() {
        return "sub";
    }
}
