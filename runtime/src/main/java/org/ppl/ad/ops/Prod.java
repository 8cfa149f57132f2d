package org.ppl.ad.ops;

import org.ppl.ad.Node;

/**
 * The product of all elements, or along an axis. The gradient of each element is the product of
 * the others, computed without dividing by zero: with one zero factor only that factor gets a
 * gradient; with two or more none does.
 */
public final class Prod extends Reduction {
    public Prod(Node x) {
        super(x, AxisLayout.of("prod", x.shape, null));
    }

    public Prod(Node x, int axis) {
        super(x, AxisLayout.of("prod", x.shape, axis));
    }

    @Override
    public void forward() {
        double[] v = x.value, z = out.value;
        for (int o = 0; o < outer; o++) {
            for (int j = 0; j < inner; j++) {
                double s = 1;
                for (int i = 0, p = o * length * inner + j; i < length; i++, p += inner) s *= v[p];
                z[o * inner + j] = s;
            }
        }
    }

    @Override
    public void backward() {
        double[] v = x.value, g = out.adjoint, gx = x.adjoint;
        if (gx == null) return;
        for (int o = 0; o < outer; o++) {
            for (int j = 0; j < inner; j++) {
                int start = o * length * inner + j;
                int zeros = 0, zeroAt = -1;
                double others = 1; // the product of the non-zero factors
                for (int i = 0, p = start; i < length; i++, p += inner) {
                    if (v[p] == 0) {
                        zeros++;
                        zeroAt = p;
                    } else {
                        others *= v[p];
                    }
                }
                double d = g[o * inner + j];
                if (zeros == 1) {
                    gx[zeroAt] += d * others;
                } else if (zeros == 0) {
                    for (int i = 0, p = start; i < length; i++, p += inner) gx[p] += d * others / v[p];
                }
            }
        }
    }

    @Override
    public String name() {
        return "prod";
    }
}
