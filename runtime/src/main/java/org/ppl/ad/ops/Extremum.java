package org.ppl.ad.ops;

import org.ppl.ad.Node;

/**
 * The largest or smallest element, of all elements or along an axis (NumPy's {@code max} and
 * {@code min}: NaN if any element is NaN; an empty reduction is refused when built). The gradient
 * (a subgradient) goes to the first element chosen.
 */
public final class Extremum extends Reduction {
    private final boolean largest;
    /** +1 for max, -1 for min: the loop compares {@code sign * value}. */
    private final double sign;
    private final int[] chosen;

    private Extremum(String operation, Node x, Integer axis, boolean largest) {
        super(x, AxisLayout.of(operation, x.shape, axis).requireNonEmpty(operation));
        this.largest = largest;
        this.sign = largest ? 1 : -1;
        this.chosen = new int[out.size()];
    }

    public static Extremum max(Node x) {
        return new Extremum("max", x, null, true);
    }

    public static Extremum max(Node x, int axis) {
        return new Extremum("max", x, axis, true);
    }

    public static Extremum min(Node x) {
        return new Extremum("min", x, null, false);
    }

    public static Extremum min(Node x, int axis) {
        return new Extremum("min", x, axis, false);
    }

    @Override
    public void forward() {
        double[] v = x.value, z = out.value;
        for (int o = 0; o < outer; o++) {
            for (int j = 0; j < inner; j++) {
                int best = o * length * inner + j;
                double bestKey = sign * v[best];
                for (int i = 1, p = best + inner; i < length; i++, p += inner) {
                    double key = sign * v[p];
                    // Once a NaN is chosen no comparison is true, so NaN wins as in NumPy.
                    if (key > bestKey || key != key) {
                        best = p;
                        bestKey = key;
                        if (key != key) break;
                    }
                }
                chosen[o * inner + j] = best;
                z[o * inner + j] = v[best];
            }
        }
    }

    @Override
    public void backward() {
        double[] g = out.adjoint, gx = x.adjoint;
        if (gx == null) return;
        for (int k = 0; k < g.length; k++) gx[chosen[k]] += g[k];
    }

    @Override
    public String name() {
        return largest ? "max" : "min";
    }
}
