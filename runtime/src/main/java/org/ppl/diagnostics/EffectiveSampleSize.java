package org.ppl.diagnostics;

/**
 * Effective sample sizes as Vehtari et al. (2021) define them (and the R package posterior
 * computes them). The core estimator combines the chains' autocorrelations with the between-chain
 * variance (their equation (10)), sums autocorrelation pairs while they stay positive (Geyer's
 * initial positive sequence), makes the pair sums monotone (Geyer's initial monotone sequence),
 * and caps the result at S log10 S. It is NaN when a value is not finite, a chain has fewer than
 * three draws, or all values are equal.
 */
public final class EffectiveSampleSize {
    private EffectiveSampleSize() {}

    /** Bulk ESS: of the rank-normalised split chains. */
    public static double bulk(double[][] chains) {
        if (ChainArrays.anyNonFinite(chains)) return Double.NaN;
        return of(ChainArrays.rankNormalised(ChainArrays.split(chains)));
    }

    /** Tail ESS: the smaller of the ESS of the 5% and the 95% quantiles. */
    public static double tail(double[][] chains) {
        return Math.min(quantile(chains, 0.05), quantile(chains, 0.95));
    }

    /** ESS of the p-quantile: of the indicator x <= q_p over split chains. */
    public static double quantile(double[][] chains, double p) {
        if (ChainArrays.anyNonFinite(chains)) return Double.NaN;
        return ofIndicator(chains, Quantiles.of(ChainArrays.pooled(chains), p));
    }

    /** ESS of the indicator x <= threshold over split chains. */
    static double ofIndicator(double[][] chains, double threshold) {
        return of(ChainArrays.split(ChainArrays.indicator(chains, threshold)));
    }

    /** ESS of the mean: of the split chains as they are. */
    public static double mean(double[][] chains) {
        return of(ChainArrays.split(chains));
    }

    /** The ESS of chains used as given (callers split and transform them first). */
    public static double of(double[][] chains) {
        int m = chains.length;
        int n = chains[0].length;
        if (n < 3 || ChainArrays.anyNonFinite(chains) || ChainArrays.isConstant(chains)) return Double.NaN;
        double[][] acov = new double[m][];
        double[] chainMean = new double[m];
        for (int c = 0; c < m; c++) {
            acov[c] = Autocovariance.of(chains[c]);
            chainMean[c] = ChainArrays.mean(chains[c]);
        }
        double meanVar = meanAt(acov, 0) * n / (n - 1.0);
        double varPlus = meanVar * (n - 1.0) / n;
        if (m > 1) varPlus += ChainArrays.variance(chainMean);

        double[] rhoHat = new double[n + 1];
        int maxT = initialPositiveSequence(acov, meanVar, varPlus, rhoHat, n);
        initialMonotoneSequence(rhoHat, maxT);

        double total = (double) m * n;
        double sum = 0;
        for (int t = 0; t < maxT; t++) sum += rhoHat[t];
        // Geyer's truncated estimate plus the last even term, which reduces variance when the
        // chain is antithetic; at least 1 / log10(S), so ESS <= S log10 S.
        double tau = -1 + 2 * sum + rhoHat[maxT];
        tau = Math.max(tau, 1 / Math.log10(total));
        return total / tau;
    }

    /**
     * Fills rhoHat[t] = 1 - (W - mean autocovariance at t) / var+ in pairs (even, odd) while a
     * pair's sum is positive; returns the index just after the last pair kept, after storing a
     * final positive even term there.
     */
    private static int initialPositiveSequence(double[][] acov, double meanVar, double varPlus, double[] rhoHat,
            int n) {
        int t = 0;
        double even = 1;
        double odd = 1 - (meanVar - meanAt(acov, 1)) / varPlus;
        rhoHat[0] = even;
        rhoHat[1] = odd;
        while (t < n - 5 && !Double.isNaN(even + odd) && even + odd > 0) {
            t += 2;
            even = 1 - (meanVar - meanAt(acov, t)) / varPlus;
            odd = 1 - (meanVar - meanAt(acov, t + 1)) / varPlus;
            if (even + odd >= 0) {
                rhoHat[t] = even;
                rhoHat[t + 1] = odd;
            }
        }
        if (even > 0) rhoHat[t] = even;
        return t;
    }

    /** Makes the pair sums rhoHat[t] + rhoHat[t+1] non-increasing, averaging where they rise. */
    private static void initialMonotoneSequence(double[] rhoHat, int maxT) {
        for (int t = 2; t <= maxT - 2; t += 2) {
            double previous = rhoHat[t - 2] + rhoHat[t - 1];
            if (rhoHat[t] + rhoHat[t + 1] > previous) {
                rhoHat[t] = previous / 2;
                rhoHat[t + 1] = previous / 2;
            }
        }
    }

    private static double meanAt(double[][] acov, int lag) {
        double s = 0;
        for (double[] a : acov) s += a[lag];
        return s / acov.length;
    }
}
