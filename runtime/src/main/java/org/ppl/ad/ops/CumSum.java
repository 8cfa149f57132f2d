package org.ppl.ad.ops;

import org.ppl.ad.Node;
import org.ppl.ad.Shape;

/**
 * Cumulative sum along an axis; without an axis, of the flattened array (a vector), as NumPy's
 * {@code cumsum}. The adjoint is the reversed cumulative sum of the output's adjoint.
 */
public final class CumSum extends AlongAxis {
    public CumSum(Node x) {
        super(x, Shape.vector(x.size()), AxisLayout.of("cumsum", x.shape, null));
    }

    public CumSum(Node x, int axis) {
        super(x, x.shape, AxisLayout.of("cumsum", x.shape, axis));
    }

    @Override
    public void forward() {
        double[] v = x.value, y = out.value;
        for (int o = 0; o < outer; o++) {
            for (int j = 0; j < inner; j++) {
                double s = 0;
                for (int i = 0, p = o * length * inner + j; i < length; i++, p += inner) {
                    s += v[p];
                    y[p] = s;
                }
            }
        }
    }

    @Override
    public void backward() {
        double[] g = out.adjoint, gx = x.adjoint;
        if (gx == null) return;
        for (int o = 0; o < outer; o++) {
            for (int j = 0; j < inner; j++) {
                double s = 0;
                for (int i = length - 1, p = (o * length + i) * inner + j; i >= 0; i--, p -= inner) {
                    s += g[p];
                    gx[p] += s;
                }
            }
        }
    }

    @Override
    public String name() {
        return "cumsum";
    }
}
