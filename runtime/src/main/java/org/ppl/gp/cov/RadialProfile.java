package org.ppl.gp.cov;

/**
 * A stationary kernel as a function k(r²) of the squared scaled distance r² = Σ_q φ(d_q) / ℓ_q²
 * (PyMC's {@code full_from_distance}), with its derivative, so one operation serves every
 * stationary kernel.
 */
interface RadialProfile {
    double value(double r2, double[] params);

    /** dk / d(r²) at r², given k = value(r²). */
    double slope(double r2, double k, double[] params);

    /** dk / d params[index] at r², given k = value(r²). */
    default double parameterDerivative(int index, double r2, double k, double[] params) {
        throw new IndexOutOfBoundsException("this kernel has no parameter " + index);
    }
}
