package org.ppl.diagnostics;

import java.util.Arrays;
import org.apache.commons.math3.distribution.BetaDistribution;

/**
 * Monte Carlo standard errors (Vehtari et al. 2021, section 4.3): of the mean, sd / sqrt(ESS of
 * the mean); of a quantile, half the distance between the draws at the 16% and 84% points of
 * Beta(ESS p + 1, ESS (1 - p) + 1), the interval a normal ±1 sd would give.
 */
public final class Mcse {
    private static final double LOWER = 0.1586553;
    private static final double UPPER = 0.8413447;

    private Mcse() {}

    public static double mean(double[][] chains) {
        double[] all = ChainArrays.pooled(chains);
        return Math.sqrt(ChainArrays.variance(all) / EffectiveSampleSize.mean(chains));
    }

    public static double quantile(double[][] chains, double p) {
        double[] sorted = ChainArrays.pooled(chains);
        Arrays.sort(sorted);
        return quantile(sorted, EffectiveSampleSize.quantile(chains, p), p);
    }

    /** From all draws sorted and the ESS of the p-quantile. */
    static double quantile(double[] sorted, double ess, double p) {
        if (Double.isNaN(ess)) return Double.NaN;
        BetaDistribution beta = new BetaDistribution(null, ess * p + 1, ess * (1 - p) + 1);
        double a = beta.inverseCumulativeProbability(LOWER);
        double b = beta.inverseCumulativeProbability(UPPER);
        int s = sorted.length;
        double lo = sorted[Math.max((int) Math.floor(a * s), 1) - 1];
        double hi = sorted[Math.min((int) Math.ceil(b * s), s) - 1];
        return (hi - lo) / 2;
    }
}
