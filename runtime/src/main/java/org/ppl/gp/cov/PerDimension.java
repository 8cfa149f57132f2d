package org.ppl.gp.cov;

import org.ppl.ad.Node;
import org.ppl.ad.ShapeException;

/** A hyperparameter given as a scalar (shared) or one value per active dimension (ARD). */
final class PerDimension {
    private PerDimension() {}

    static void check(String kernel, String argument, Node p, int dims) {
        if (p == null) return;
        boolean ok = p.size() == 1 && p.shape.rank() <= 1 || p.shape.isVector() && p.size() == dims;
        if (!ok) {
            throw new ShapeException(kernel + ": " + argument + " has shape " + p.shape
                    + "; expected a scalar or (" + dims + ",)");
        }
    }

    /** Writes the values, one per dimension, into {@code out}. */
    static void load(Node p, double[] out) {
        double[] v = p.value;
        if (v.length == 1) {
            java.util.Arrays.fill(out, v[0]);
        } else {
            System.arraycopy(v, 0, out, 0, out.length);
        }
    }

    /** Adds a per-dimension gradient to the node's adjoint (summed when the node is shared). */
    static void addGradient(Node p, double[] perDim) {
        if (p == null || p.adjoint == null) return;
        double[] a = p.adjoint;
        if (a.length == 1) {
            double s = 0;
            for (double g : perDim) s += g;
            a[0] += s;
        } else {
            for (int q = 0; q < perDim.length; q++) a[q] += perDim[q];
        }
    }
}
