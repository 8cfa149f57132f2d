package org.ppl.dist;

/**
 * Constants and special functions shared by the densities. The special functions are written
 * here, not taken from a library, because they run inside evaluations that must not allocate.
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

    /** Stirling's series is used from here up; below, the argument is shifted up to it. */
    private static final double STIRLING_FROM = 15;

    /**
     * log Gamma(x) for x > 0: Stirling's series through x^-11 above 15 (the next term is below
     * 4e-18 there), and below, log Gamma(x) = log Gamma(x + k) - log(x (x + 1) ... (x + k - 1)).
     * The absolute error is about 1e-14 everywhere, which is what a log density needs.
     */
    static double lgamma(double x) {
        if (!(x > 0)) return x == 0 ? Double.POSITIVE_INFINITY : Double.NaN;
        if (x == Double.POSITIVE_INFINITY) return x;
        if (x >= STIRLING_FROM) return stirling(x);
        double product = 1;
        double y = x;
        while (y < STIRLING_FROM) {
            product *= y;
            y += 1;
        }
        return stirling(y) - Math.log(product);
    }

    private static double stirling(double x) {
        return (x - 0.5) * Math.log(x) - x + HALF_LOG_TWO_PI + stirlingCorrection(x);
    }

    /** log Gamma(x) less its Stirling approximation: sum B_2k / (2k (2k - 1) x^(2k - 1)), k = 1..6. */
    private static double stirlingCorrection(double x) {
        double r = 1.0 / (x * x);
        return (1.0 / 12 - r * (1.0 / 360 - r * (1.0 / 1260 - r * (1.0 / 1680 - r * (1.0 / 1188
                - r * (691.0 / 360360)))))) / x;
    }

    /**
     * log B(a, b). When the larger argument is in Stirling's range, lgamma(b) - lgamma(a + b) is
     * taken as one difference of Stirling series, so a huge b loses no digits to cancellation.
     */
    static double lbeta(double a, double b) {
        if (a > b) return lbeta(b, a);
        if (!(a > 0)) return a == 0 ? Double.POSITIVE_INFINITY : Double.NaN;
        if (b < STIRLING_FROM) return lgamma(a) + lgamma(b) - lgamma(a + b);
        double sum = a + b;
        double difference = -(b - 0.5) * Math.log1p(a / b) - a * Math.log(sum) + a
                + stirlingCorrection(b) - stirlingCorrection(sum);
        return lgamma(a) + difference;
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
