package org.ppl.ad.ops;

import org.ppl.ad.Node;

/** log B(a, b) = lgamma(a) + lgamma(b) - lgamma(a + b), elementwise, broadcasting. */
public final class LogBeta extends BinaryElementwise {
    public LogBeta(Node a, Node b) {
        super("lbeta", a, b, anyDifferentiable(a, b));
    }

    @Override
    public void forward() {
        double[] x = a.value, y = b.value, z = out.value;
        for (int k = 0; k < z.length; k++) {
            z[k] = Special.lbeta(x[ia == null ? k : ia[k]], y[ib == null ? k : ib[k]]);
        }
    }

    @Override
    public void backward() {
        double[] g = out.adjoint, x = a.value, y = b.value;
        double[] ga = a.adjoint, gb = b.adjoint;
        for (int k = 0; k < g.length; k++) {
            int i = ia == null ? k : ia[k];
            int j = ib == null ? k : ib[k];
            double psiSum = Special.digamma(x[i] + y[j]);
            if (ga != null) ga[i] += g[k] * (Special.digamma(x[i]) - psiSum);
            if (gb != null) gb[j] += g[k] * (Special.digamma(y[j]) - psiSum);
        }
    }

    @Override
    public String name() {
        return "lbeta";
    }
}
