package org.ppl.gp.cov;

import org.ppl.ad.Node;

/**
 * The outer function of a dot-product kernel: h(u) = u (Linear) or (u + offset)^d (Polynomial), with
 * u = (x - c)·(x' - c). Shared by the full and diagonal operations.
 */
final class DotProductForm {
    final Node c, offset, degree;
    final double[] cValues;

    /** {@code offset} and {@code degree} null for the linear kernel. */
    DotProductForm(Node c, Node offset, Node degree, int dims) {
        this.c = c;
        this.offset = offset;
        this.degree = degree;
        this.cValues = new double[dims];
    }

    void load() {
        PerDimension.load(c, cValues);
    }

    double base(double u) {
        return offset == null ? u : u + offset.value[0];
    }

    /** h as a function of base = u + offset. */
    double h(double base) {
        return degree == null ? base : Math.pow(base, degree.value[0]);
    }

    /** dh/du as a function of base. */
    double hPrime(double base) {
        if (degree == null) return 1.0;
        double d = degree.value[0];
        return d * Math.pow(base, d - 1);
    }

    /** dh/dd = h log(base); only asked for when the degree is differentiable. */
    double hDegree(double base, double h) {
        return h == 0 ? 0.0 : h * Math.log(base);
    }

    boolean offsetNeedsGradient() {
        return offset != null && offset.adjoint != null;
    }

    boolean degreeNeedsGradient() {
        return degree != null && degree.adjoint != null;
    }
}
