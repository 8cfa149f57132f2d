package org.ppl.ad.ops;

import org.ppl.ad.Node;

/** {@code a + b}, broadcasting. */
public final class Add extends BinaryElementwise {
    public Add(Node a, Node b) {
        super("add", a, b, anyDifferentiable(a, b));
    }

    @Override
    public void forward() {
        double[] x = a.value, y = b.value, z = out.value;
        for (int k = 0; k < z.length; k++) {
            z[k] = x[ia == null ? k : ia[k]] + y[ib == null ? k : ib[k]];
        }
    }

    @Override
    public void backward() {
        if (a.adjoint != null) pullBack(a.adjoint, ia, out.adjoint);
        if (b.adjoint != null) pullBack(b.adjoint, ib, out.adjoint);
    }

    @Override
    public String name() {
        return "add";
    }
}
