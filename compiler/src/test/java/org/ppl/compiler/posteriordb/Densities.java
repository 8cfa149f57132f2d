package org.ppl.compiler.posteriordb;

import org.apache.commons.math3.special.Gamma;

/** Log densities written out from their formulas, normalised as the runtime's are (independent of it). */
final class Densities {
    static final double LOG_2PI = Math.log(2 * Math.PI);

    private Densities() {}

    static double normal(double x, double mu, double sigma) {
        double z = (x - mu) / sigma;
        return -0.5 * LOG_2PI - Math.log(sigma) - 0.5 * z * z;
    }

    static double halfNormal(double x, double sigma) {
        return Math.log(2) + normal(x, 0, sigma);
    }

    static double halfCauchy(double x, double beta) {
        return Math.log(2 / (Math.PI * beta)) - Math.log1p((x / beta) * (x / beta));
    }

    /** Shape alpha, rate beta. */
    static double gamma(double x, double alpha, double beta) {
        return alpha * Math.log(beta) - Gamma.logGamma(alpha) + (alpha - 1) * Math.log(x) - beta * x;
    }

    static double beta(double x, double a, double b) {
        return Gamma.logGamma(a + b) - Gamma.logGamma(a) - Gamma.logGamma(b) + (a - 1) * Math.log(x) + (b - 1) * Math.log1p(-x);
    }

    static double logistic(double u) {
        return 1 / (1 + Math.exp(-u));
    }

    static double logSumExp(double a, double b) {
        double m = Math.max(a, b);
        return m + Math.log(Math.exp(a - m) + Math.exp(b - m));
    }
}
