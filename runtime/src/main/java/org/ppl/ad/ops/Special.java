package org.ppl.ad.ops;

import org.apache.commons.math3.special.Beta;
import org.apache.commons.math3.special.Gamma;

/**
 * Scalar special functions with the conventions of C's {@code lgamma} and SciPy: {@code lgamma} is
 * log |Γ(x)| on the whole real line (+∞ at the poles), {@code digamma} is NaN at its poles (where
 * its two one-sided limits disagree), and {@code trigamma} is +∞ there (both limits agree). Negative
 * arguments use the reflection formulas with the angle reduced exactly, so large negative
 * arguments keep their precision.
 */
public final class Special {
    private Special() {}

    /** Below this, digamma and trigamma are shifted up by the recurrence before the series. */
    private static final double ASYMPTOTIC_FROM = 10.0;

    /** log |Γ(x)|. */
    public static double lgamma(double x) {
        if (x > 0) return x == Double.POSITIVE_INFINITY ? x : Gamma.logGamma(x);
        if (Double.isNaN(x)) return x;
        if (x == Math.rint(x)) return Double.POSITIVE_INFINITY; // the poles, and -∞
        // Reflection: Γ(x) Γ(1 - x) = π / sin(πx).
        return Math.log(Math.PI / Math.abs(sinPi(x))) - Gamma.logGamma(1 - x);
    }

    /** ψ(x) = d/dx log Γ(x). */
    public static double digamma(double x) {
        if (Double.isNaN(x) || x == Double.NEGATIVE_INFINITY) return Double.NaN;
        if (x <= 0) {
            if (x == Math.rint(x)) return Double.NaN;
            // Reflection: ψ(1 - x) - ψ(x) = π cot(πx).
            return digamma(1 - x) - Math.PI / tanPi(x);
        }
        double shift = 0;
        while (x < ASYMPTOTIC_FROM) {
            shift += 1 / x;
            x += 1;
        }
        // ψ(x) ~ ln x - 1/(2x) - Σ B_2k / (2k x^2k) (Abramowitz & Stegun 6.3.18).
        double r = 1 / (x * x);
        double series = r * (1.0 / 12 - r * (1.0 / 120 - r * (1.0 / 252 - r * (1.0 / 240
                - r * (1.0 / 132 - r * (691.0 / 32760 - r * (1.0 / 12)))))));
        return Math.log(x) - 0.5 / x - series - shift;
    }

    /** ψ₁(x) = d/dx ψ(x). */
    public static double trigamma(double x) {
        if (Double.isNaN(x) || x == Double.NEGATIVE_INFINITY) return Double.NaN;
        if (x <= 0) {
            if (x == Math.rint(x)) return Double.POSITIVE_INFINITY;
            // Reflection: ψ₁(1 - x) + ψ₁(x) = π² / sin²(πx).
            double s = sinPi(x);
            return Math.PI * Math.PI / (s * s) - trigamma(1 - x);
        }
        double shift = 0;
        while (x < ASYMPTOTIC_FROM) {
            shift += 1 / (x * x);
            x += 1;
        }
        // ψ₁(x) ~ 1/x + 1/(2x²) + Σ B_2k / x^(2k+1) (Abramowitz & Stegun 6.4.12).
        double r = 1 / (x * x);
        double series = r * (1.0 / 6 - r * (1.0 / 30 - r * (1.0 / 42 - r * (1.0 / 30
                - r * (5.0 / 66 - r * (691.0 / 2730 - r * (7.0 / 6)))))));
        return (1 + 0.5 / x + series) / x + shift;
    }

    /** log B(a, b) = lgamma(a) + lgamma(b) - lgamma(a + b). */
    public static double lbeta(double a, double b) {
        if (a > 0 && b > 0) return Beta.logBeta(a, b);
        return lgamma(a) + lgamma(b) - lgamma(a + b);
    }

    /** 1 / (1 + exp(-x)), without overflow. */
    public static double logistic(double x) {
        if (x >= 0) return 1 / (1 + Math.exp(-x));
        double e = Math.exp(x);
        return e / (1 + e);
    }

    /** log(1 + exp(x)), without overflow or loss for large |x|. */
    public static double log1pExp(double x) {
        return x > 0 ? x + Math.log1p(Math.exp(-x)) : Math.log1p(Math.exp(x));
    }

    /** log(1 - exp(x)) for x ≤ 0 (Mächler 2012: expm1 near 0, log1p far from it). */
    public static double log1mExp(double x) {
        return x > -0.6931471805599453 ? Math.log(-Math.expm1(x)) : Math.log1p(-Math.exp(x));
    }

    /** sin(πx), exact in the reduction of the angle. */
    static double sinPi(double x) {
        double r = x - 2 * Math.rint(0.5 * x); // in [-1, 1]
        if (r > 0.5) r = 1 - r;
        else if (r < -0.5) r = -1 - r;
        return Math.sin(Math.PI * r);
    }

    /** tan(πx), exact in the reduction of the angle (period 1). */
    static double tanPi(double x) {
        return Math.tan(Math.PI * (x - Math.rint(x)));
    }
}
