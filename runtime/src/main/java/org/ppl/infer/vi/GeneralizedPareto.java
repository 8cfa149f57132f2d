package org.ppl.infer.vi;

/**
 * The generalized Pareto distribution with shape k and scale σ (location 0): quantile function
 * and the fit of Zhang and Stephens (2009, "A new and efficient estimation method for the
 * generalized Pareto distribution", Technometrics 51), the posterior-mean estimate over a grid of
 * θ = −k/σ, with the weakly informative prior that shrinks k̂ towards 0.5 by n/(n + 10) (Vehtari,
 * Simpson, Gelman, Yao and Gabry, "Pareto smoothed importance sampling", 2015/2024, appendix), as
 * Stan and the R package loo compute it. Here k > 0 is a heavy tail with 1/k finite moments.
 */
public final class GeneralizedPareto {
    /** Grid points are {@value #MIN_GRID} + ⌊√n⌋ (Zhang and Stephens, section 4). */
    private static final int MIN_GRID = 30;
    private static final double PRIOR = 3.0;
    /** Strength of the weakly informative prior, in pseudo-observations at k = 0.5. */
    private static final double PRIOR_STRENGTH = 10.0;

    /** A fitted distribution. */
    public record Fit(double k, double sigma) {}

    private GeneralizedPareto() {}

    /**
     * Fits k and σ to positive exceedances sorted in ascending order, with the weakly
     * informative prior on k.
     */
    public static Fit fit(double[] sortedExceedances) {
        double[] x = sortedExceedances;
        int n = x.length;
        if (n < 2) throw new IllegalArgumentException("generalized Pareto fit: needs at least 2 values, got " + n);
        int m = MIN_GRID + (int) Math.floor(Math.sqrt(n));
        double firstQuartile = x[(int) Math.floor(n / 4.0 + 0.5) - 1];
        double[] theta = new double[m];
        double[] logLik = new double[m];
        double maxLogLik = Double.NEGATIVE_INFINITY;
        for (int j = 0; j < m; j++) {
            theta[j] = 1.0 / x[n - 1] + (1.0 - Math.sqrt(m / (j + 0.5))) / (PRIOR * firstQuartile);
            double k = meanLog1p(-theta[j], x);
            logLik[j] = n * (Math.log(-theta[j] / k) - k - 1.0);
            if (logLik[j] > maxLogLik) maxLogLik = logLik[j];
        }
        double weightSum = 0;
        double thetaHat = 0;
        for (int j = 0; j < m; j++) {
            if (Double.isNaN(logLik[j])) continue;
            double w = Math.exp(logLik[j] - maxLogLik);
            weightSum += w;
            thetaHat += w * theta[j];
        }
        thetaHat /= weightSum;
        double k = meanLog1p(-thetaHat, x);
        double sigma = -k / thetaHat;
        double adjusted = (k * n + PRIOR_STRENGTH * 0.5) / (n + PRIOR_STRENGTH);
        return new Fit(adjusted, sigma);
    }

    /** The p-quantile: σ ((1 − p)^{−k} − 1) / k, and −σ log(1 − p) at k = 0. */
    public static double quantile(double p, double k, double sigma) {
        if (k == 0) return -sigma * Math.log1p(-p);
        return sigma * Math.expm1(-k * Math.log1p(-p)) / k;
    }

    private static double meanLog1p(double a, double[] x) {
        double s = 0;
        for (double v : x) s += Math.log1p(a * v);
        return s / x.length;
    }
}
