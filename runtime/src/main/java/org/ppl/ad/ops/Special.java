package org.ppl.ad.ops;

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
        if (x > 0) {
            if (x >= STIRLING_FROM) return x == Double.POSITIVE_INFINITY ? x : stirling(x) + stirlingCorrection(x);
            if (x < 0.5) return lgamma2p(x) - Math.log(x) - Math.log1p(x); // Γ(x) = Γ(2 + x) / (x (1 + x))
            if (x < 1.5) return lgamma2p(x - 1) - Math.log1p(x - 1); // x - 1 is exact here
            if (x < 2.5) return lgamma2p(x - 2);
            // Γ(x) = (x - 1) ... (y) Γ(y) with y in [1.5, 2.5); the subtractions are exact.
            double product = 1;
            double y = x;
            while (y >= 2.5) {
                y -= 1;
                product *= y;
            }
            return lgamma2p(y - 2) + Math.log(product);
        }
        if (Double.isNaN(x)) return x;
        if (x == Math.rint(x)) return Double.POSITIVE_INFINITY; // the poles, and -∞
        // Reflection: Γ(x) Γ(1 - x) = π / sin(πx).
        return Math.log(Math.PI / Math.abs(sinPi(x))) - lgamma(1 - x);
    }

    /** From here up, log Γ uses Stirling's series; below, it is shifted into [1.5, 2.5). */
    private static final double STIRLING_FROM = 10.0;
    private static final double HALF_LOG_TWO_PI = 0.9189385332046728;

    /**
     * Taylor coefficients of log Γ(2 + z) at z = 0: c₁ = 1 - γ and c_k = (-1)^k (ζ(k) - 1) / k, from
     * log Γ(1 + z) = -γz + Σ (-1)^k ζ(k) z^k / k plus log(1 + z). The radius of convergence is 2;
     * for |z| ≤ 1/2, 28 terms reach double precision (the terms fall as about 4^-k / k).
     */
    private static final double[] LGAMMA_2P = {
        0.42278433509846713, 0.3224670334241132, -0.0673523010531981,
        0.020580808427784546, -0.007385551028673986, 0.0028905103307415234,
        -0.001192753911703261, 0.0005096695247430425, -0.00022315475845357939,
        9.945751278180853e-05, -4.492623673813314e-05, 2.050721277567069e-05,
        -9.439488275268397e-06, 4.374866789907488e-06, -2.039215753801366e-06,
        9.55141213040742e-07, -4.492469198764566e-07, 2.1207184805554665e-07,
        -1.0043224823968099e-07, 4.7698101693639804e-08, -2.2711094608943164e-08,
        1.0838659214896955e-08, -5.183475041970047e-09, 2.4836745438024785e-09,
        -1.1921401405860912e-09, 5.731367241678862e-10, -2.7595228851242334e-10,
        1.330476437424449e-10,
    };

    /** log Γ(2 + z) for |z| ≤ 1/2, accurate relative to z near 0 (where it vanishes). */
    private static double lgamma2p(double z) {
        double sum = 0;
        for (int k = LGAMMA_2P.length - 1; k >= 0; k--) sum = sum * z + LGAMMA_2P[k];
        return sum * z;
    }

    /** The leading part of Stirling's series: (x - 1/2) log x - x + log(2π) / 2. */
    private static double stirling(double x) {
        return (x - 0.5) * Math.log(x) - x + HALF_LOG_TWO_PI;
    }

    /**
     * log Γ(x) minus {@link #stirling}: Σ B_2k / (2k (2k - 1) x^(2k-1)) (Abramowitz & Stegun 6.1.40),
     * for x ≥ 10, where seven terms leave an error below 1e-16.
     */
    private static double stirlingCorrection(double x) {
        double r = 1 / (x * x);
        return (1.0 / 12 - r * (1.0 / 360 - r * (1.0 / 1260 - r * (1.0 / 1680 - r * (1.0 / 1188
                - r * (691.0 / 360360 - r * (1.0 / 156))))))) / x;
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

    /**
     * log |B(a, b)| = lgamma(a) + lgamma(b) - lgamma(a + b). When an argument is large, the large
     * terms of Stirling's series are combined analytically first, so nothing of order a log a cancels:
     * with x = min(a, b), y = max(a, b), S(x) + S(y) - S(x + y) = log(2π)/2 - log(x + y)/2
     * + (x - 1/2) log(x / (x + y)) - (y - 1/2) log1p(x / y), where S is {@link #stirling}.
     */
    public static double lbeta(double a, double b) {
        double x = Math.min(a, b);
        double y = Math.max(a, b);
        if (!(x > 0) || y < STIRLING_FROM || y == Double.POSITIVE_INFINITY) {
            return lgamma(a) + lgamma(b) - lgamma(a + b);
        }
        double sum = x + y;
        double correction = stirlingCorrection(y) - stirlingCorrection(sum);
        if (x < STIRLING_FROM) {
            // S(y) - S(x + y) = -x log y - (x + y - 1/2) log1p(x / y) + x.
            return lgamma(x) + correction - x * Math.log(y) - (sum - 0.5) * Math.log1p(x / y) + x;
        }
        return HALF_LOG_TWO_PI - 0.5 * Math.log(sum) + (x - 0.5) * Math.log(x / sum) - (y - 0.5) * Math.log1p(x / y)
                + stirlingCorrection(x) + correction;
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
