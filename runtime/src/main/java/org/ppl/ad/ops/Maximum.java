package org.ppl.ad.ops;

import org.ppl.ad.Node;

/**
 * The elementwise larger of {@code a} and {@code b}, broadcasting (NumPy's {@code maximum}: NaN if
 * either is NaN). The gradient goes to the chosen side, to {@code a} on a tie.
 */
public final class Maximum extends BinaryElementwise {
    public Maximum(Node a, Node b) {
        super("maximum", a, b, anyDifferentiable(a, b));
    }

    @Override
    public void forward() {
        double[] x = a.value, y = b.value, z = out.value;
        for (int k = 0; k < z.length; k++) {
            z[k] = Math.max(x[ia == null ? k : ia[k]], y[ib == null ? k : ib[k]]);
        }
    }

    @Override
    public void backward() {
        double[] g = out.adjoint, x = a.value, y = b.value;
        double[] ga = a.adjoint, gb = b.adjoint;
        for (int k = 0; k < g.length; k++) {
            int i = ia == null ? k : ia[k];
            int j = ib == null ? k : ib[k];
            if (x[i] >= y[j]) {
                if (ga != null) ga[i] += g[k];
            } else if (gb != null) {
                gb[j] += g[k];
            }
        }
    }

    @Override
    public String name() {
        return "maximum";
    }
}
