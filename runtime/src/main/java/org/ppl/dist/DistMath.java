package org.ppl.dist;

import org.ppl.ad.ops.Special;

/**
 * Constants and small functions shared by the densities. The special functions come from {@link
 * Special} (not Commons Math, whose log-gamma allocates and whose digamma loses digits).
 */
final class DistMath {
    static final double LOG_2 = Math.log(2.0);
    static final double LOG_PI = Math.log(Math.PI);
    /** log(2 pi) / 2, the constant of every Gaussian density. */
    static final double HALF_LOG_TWO_PI = 0.5 * Math.log(2.0 * Math.PI);
    /** log(2 / pi) / 2: the half-normal's constant. */
    static final double HALF_LOG_TWO_OVER_PI = 0.5 * Math.log(2.0 / Math.PI);
    static final double NEGATIVE_INFINITY = Double.NEGATIVE_INFINITY;

    private DistMath() {}

    /** log Gamma(x); the runtime's one implementation (allocation-free, tested against mpmath). */
    static double lgamma(double x) {
        return Special.lgamma(x);
    }

    /** log B(a, b), without loss of digits for a huge argument. */
    static double lbeta(double a, double b) {
        return Special.lbeta(a, b);
    }

    /** log n! for a nonnegative integer n (as a double). */
    static double logFactorial(double n) {
        return lgamma(n + 1.0);
    }

    /** log of the binomial coefficient (n choose k), 0 <= k <= n. */
    static double logChoose(double n, double k) {
        if (k == 0 || k == n) return 0.0;
        return -Math.log(n + 1.0) - lbeta(n - k + 1.0, k + 1.0);
    }

    static double digamma(double x) {
        return Special.digamma(x);
    }

    /** log(1 + exp(x)) without overflow. */
    static double softplus(double x) {
        return Special.log1pExp(x);
    }

    static double logistic(double x) {
        return Special.logistic(x);
    }

    /** a log b, taken as 0 when a is 0 (so 0 log 0 = 0, as Stan's multiply_log). */
    static double multiplyLog(double a, double b) {
        return a == 0 ? 0.0 : a * Math.log(b);
    }

    static boolean isNonnegativeInteger(double y) {
        return y >= 0 && y == Math.rint(y) && y < Double.POSITIVE_INFINITY;
    }
}
