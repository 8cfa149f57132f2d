package org.ppl.dist;

import java.util.random.RandomGenerator;

/** Random variates the JDK does not provide, written from the papers cited at each method. */
final class Samplers {
    private Samplers() {}

    /** A uniform in (0, 1], safe to take the logarithm of. */
    static double openUniform(RandomGenerator rng) {
        return 1.0 - rng.nextDouble();
    }

    /**
     * Gamma(shape, 1) by Marsaglia and Tsang (2000), "A simple method for generating gamma
     * variables", ACM TOMS 26(3); shapes below one by their boost G(a) = G(a + 1) U^(1/a).
     */
    static double gamma(RandomGenerator rng, double shape) {
        if (shape < 1) return gamma(rng, shape + 1) * Math.pow(openUniform(rng), 1.0 / shape);
        double d = shape - 1.0 / 3.0;
        double c = 1.0 / Math.sqrt(9.0 * d);
        while (true) {
            double x;
            double v;
            do {
                x = rng.nextGaussian();
                v = 1.0 + c * x;
            } while (v <= 0);
            v = v * v * v;
            double u = openUniform(rng);
            double x2 = x * x;
            if (u < 1.0 - 0.0331 * x2 * x2) return d * v;
            if (Math.log(u) < 0.5 * x2 + d * (1.0 - v + Math.log(v))) return d * v;
        }
    }

    /**
     * The logarithm of a Gamma(shape, 1) draw, exact for tiny shapes whose draws underflow: log
     * G(a) = log G(a + 1) + log(U) / a.
     */
    static double logGamma(RandomGenerator rng, double shape) {
        if (shape >= 1) return Math.log(gamma(rng, shape));
        return Math.log(gamma(rng, shape + 1)) + Math.log(openUniform(rng)) / shape;
    }

    /** Beta(a, b) as G_a / (G_a + G_b), in log space so small shapes do not give 0 / 0. */
    static double beta(RandomGenerator rng, double a, double b) {
        double la = logGamma(rng, a);
        double lb = logGamma(rng, b);
        // x = 1 / (1 + exp(lb - la)); 1 - x computed the same way keeps both tails accurate.
        return DistMath.logistic(la - lb);
    }

    /** Student's t with nu degrees of freedom: Z / sqrt(V / nu), V chi-squared(nu) = 2 G(nu / 2). */
    static double studentT(RandomGenerator rng, double nu) {
        double v = 2.0 * gamma(rng, 0.5 * nu);
        return rng.nextGaussian() / Math.sqrt(v / nu);
    }

    /**
     * Poisson(mu): multiplication of uniforms below mu = 10; above, Hormann's transformed rejection
     * with squeeze PTRS (1993), "The transformed rejection method for generating Poisson random
     * variables", Insurance: Mathematics and Economics 12.
     */
    static double poisson(RandomGenerator rng, double mu) {
        if (mu == 0) return 0;
        if (mu < 10) {
            double limit = Math.exp(-mu);
            double prod = rng.nextDouble();
            int k = 0;
            while (prod > limit) {
                prod *= rng.nextDouble();
                k++;
            }
            return k;
        }
        double logMu = Math.log(mu);
        double b = 0.931 + 2.53 * Math.sqrt(mu);
        double a = -0.059 + 0.02483 * b;
        double invAlpha = 1.1239 + 1.1328 / (b - 3.4);
        double vr = 0.9277 - 3.6224 / (b - 2);
        while (true) {
            double u = rng.nextDouble() - 0.5;
            double v = openUniform(rng);
            double us = 0.5 - Math.abs(u);
            double k = Math.floor((2 * a / us + b) * u + mu + 0.43);
            if (us >= 0.07 && v <= vr) return k;
            if (k < 0 || (us < 0.013 && v > us)) continue;
            double lhs = Math.log(v) + Math.log(invAlpha) - Math.log(a / (us * us) + b);
            if (lhs <= -mu + k * logMu - DistMath.logFactorial(k)) return k;
        }
    }

    /**
     * Binomial(n, p): inversion when n min(p, 1-p) is below 10; above, Hormann's BTRS (1993), "The
     * generation of binomial random variates", J. Statist. Comput. Simul. 46.
     */
    static double binomial(RandomGenerator rng, double n, double p) {
        if (p > 0.5) return n - binomial(rng, n, 1 - p);
        if (p == 0 || n == 0) return 0;
        if (n * p < 10) return binomialInversion(rng, n, p);
        double q = 1 - p;
        double spq = Math.sqrt(n * p * q);
        double b = 1.15 + 2.53 * spq;
        double a = -0.0873 + 0.0248 * b + 0.01 * p;
        double c = n * p + 0.5;
        double vr = 0.92 - 4.2 / b;
        double alpha = (2.83 + 5.1 / b) * spq;
        double lpq = Math.log(p / q);
        double m = Math.floor((n + 1) * p);
        double h = DistMath.logFactorial(m) + DistMath.logFactorial(n - m);
        while (true) {
            double u = rng.nextDouble() - 0.5;
            double v = openUniform(rng);
            double us = 0.5 - Math.abs(u);
            double k = Math.floor((2 * a / us + b) * u + c);
            if (k < 0 || k > n) continue;
            if (us >= 0.07 && v <= vr) return k;
            double lhs = Math.log(v * alpha / (a / (us * us) + b));
            if (lhs <= h - DistMath.logFactorial(k) - DistMath.logFactorial(n - k) + (k - m) * lpq) return k;
        }
    }

    /** Sequential search along the pmf from 0, p <= 1/2 and n p small. */
    private static double binomialInversion(RandomGenerator rng, double n, double p) {
        double q = 1 - p;
        double s = p / q;
        double a = (n + 1) * s;
        double r0 = Math.exp(n * Math.log1p(-p));
        while (true) {
            double r = r0;
            double u = rng.nextDouble();
            double x = 0;
            while (u > r && x < n) {
                u -= r;
                x++;
                r *= a / x - s;
            }
            if (u <= r) return x;
        }
    }
}
