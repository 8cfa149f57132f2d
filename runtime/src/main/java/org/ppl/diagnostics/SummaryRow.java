package org.ppl.diagnostics;

/**
 * The summary of one scalar over all chains: mean, sd, 5% / 50% / 95% quantiles, Monte Carlo
 * standard errors of the mean and of those quantiles, bulk and tail ESS, and R-hat.
 */
public record SummaryRow(String name, double mean, double sd, double q5, double q50, double q95, double mcseMean,
        double mcseQ5, double mcseQ50, double mcseQ95, double essBulk, double essTail, double rhat) {

    /**
     * The summary of draws given as {@code [chain][iteration]}, chains of equal length. The pieces
     * the statistics share (sorted draws, rank-normalised split chains, quantile ESS) are computed
     * once.
     */
    public static SummaryRow of(String name, double[][] chains) {
        double[] sorted = ChainArrays.pooled(chains);
        java.util.Arrays.sort(sorted);
        double mean = ChainArrays.mean(sorted);
        double sd = sorted.length > 1 ? Math.sqrt(ChainArrays.variance(sorted)) : Double.NaN;
        double mcseMean = Math.sqrt(ChainArrays.variance(sorted) / EffectiveSampleSize.mean(chains));
        if (ChainArrays.anyNonFinite(chains)) {
            double nan = Double.NaN;
            return new SummaryRow(name, mean, sd, nan, nan, nan, mcseMean, nan, nan, nan, nan, nan, nan);
        }
        double q5 = Quantiles.ofSorted(sorted, 0.05);
        double q50 = Quantiles.ofSorted(sorted, 0.50);
        double q95 = Quantiles.ofSorted(sorted, 0.95);
        double essQ5 = EffectiveSampleSize.ofIndicator(chains, q5);
        double essQ50 = EffectiveSampleSize.ofIndicator(chains, q50);
        double essQ95 = EffectiveSampleSize.ofIndicator(chains, q95);
        double essBulk = Double.NaN;
        double rhat = Double.NaN;
        if (!ChainArrays.isConstant(chains)) {
            double[][] z = ChainArrays.rankNormalised(ChainArrays.split(chains));
            essBulk = EffectiveSampleSize.of(z);
            double[][] folded = ChainArrays.foldedAbout(chains, q50);
            double tailRhat = Rhat.basic(ChainArrays.rankNormalised(ChainArrays.split(folded)));
            rhat = Rhat.maxIgnoringNaN(Rhat.basic(z), tailRhat);
        }
        return new SummaryRow(name, mean, sd, q5, q50, q95, mcseMean, Mcse.quantile(sorted, essQ5, 0.05),
                Mcse.quantile(sorted, essQ50, 0.50), Mcse.quantile(sorted, essQ95, 0.95), essBulk,
                Math.min(essQ5, essQ95), rhat);
    }
}
