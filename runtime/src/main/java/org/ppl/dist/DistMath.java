package org.ppl.dist;

import org.apache.commons.math3.special.Beta;
import org.apache.commons.math3.special.Gamma;

/** Constants and special functions shared by the densities. */
final class DistMath {
    static final double LOG_2 = Math.log(2.0);
    static final double LOG_PI = Math.log(Math.PI);
    /** log(2 pi) / 2, the constant of every Gaussian density. */
    static final double HALF_LOG_TWO_PI = 0.5 * Math.log(2.0 * Math.PI);
    /** log(2 / pi) / 2: the half-normal's constant. */
    static final double HALF_LOG_TWO_OVER_PI = 0.5 * Math.log(2.0 / Math.PI);
    static final double NEGATIVE_INFINITY = Double.NEGATIVE_INFINITY;

    private DistMath() {}

    static double lgamma(double x) {
        return Gamma.logGamma(x);
    }

    static double lbeta(double a, double b) {
        return Beta.logBeta(a, b);
    }

    /** log n! for a nonnegative integer n (as a double). */
    static double logFactorial(double n) {
        return Gamma.logGamma(n + 1.0);
    }

    /** log of the binomial coefficient (n choose k), 0 <= k <= n. */
    static double logChoose(double n, double k) {
        if (k == 0 || k == n) return 0.0;
        return -Math.log(n + 1.0) - Beta.logBeta(n - k + 1.0, k + 1.0);
    }

    /**
     * The digamma function psi(x) for x > 0: shifted above 10 by psi(x) = psi(x + 1) - 1/x, then the
     * asymptotic series ln x - 1/(2x) - sum B_2k / (2k x^2k) through x^-12 (Abramowitz and Stegun
     * 6.3.18), whose next term is below 1e-15 there.
     */
    static double digamma(double x) {
        if (!(x > 0)) return x == 0 ? Double.NEGATIVE_INFINITY : Double.NaN;
        if (x == Double.POSITIVE_INFINITY) return x;
        double shift = 0;
        while (x < 10) {
            shift -= 1.0 / x;
            x += 1;
        }
        double r = 1.0 / (x * x);
        double series = r * (1.0 / 12 - r * (1.0 / 120 - r * (1.0 / 252 - r * (1.0 / 240
                - r * (1.0 / 132 - r * (691.0 / 32760))))));
        return shift + Math.log(x) - 0.5 / x - series;
    }

    /** log(1 + exp(x)) without overflow. */
    static double softplus(double x) {
        return x > 0 ? x + Math.log1p(Math.exp(-x)) : Math.log1p(Math.exp(x));
    }

    /** 1 / (1 + exp(-x)). */
    static double logistic(double x) {
        if (x >= 0) return 1.0 / (1.0 + Math.exp(-x));
        double e = Math.exp(x);
        return e / (1.0 + e);
    }

    /** a log b, taken as 0 when a is 0 (so 0 log 0 = 0, as Stan's multiply_log). */
    static double multiplyLog(double a, double b) {
        return a == 0 ? 0.0 : a * Math.log(b);
    }

    static boolean isNonnegativeInteger(double y) {
        return y >= 0 && y == Math.rint(y) && y < Double.POSITIVE_INFINITY;
    }
}
