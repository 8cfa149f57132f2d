package org.ppl.diagnostics;

/**
 * The summary of one scalar over all chains: mean, sd, 5% / 50% / 95% quantiles, Monte Carlo
 * standard errors of the mean and of those quantiles, bulk and tail ESS, and R-hat.
 */
public record SummaryRow(String name, double mean, double sd, double q5, double q50, double q95, double mcseMean,
        double mcseQ5, double mcseQ50, double mcseQ95, double essBulk, double essTail, double rhat) {

    /** The summary of draws given as {@code [chain][iteration]}, chains of equal length. */
    public static SummaryRow of(String name, double[][] chains) {
        double[] all = ChainArrays.pooled(chains);
        double[] sorted = all.clone();
        java.util.Arrays.sort(sorted);
        double mean = ChainArrays.mean(all);
        double sd = all.length > 1 ? Math.sqrt(ChainArrays.variance(all)) : Double.NaN;
        boolean finite = !ChainArrays.anyNonFinite(chains);
        return new SummaryRow(name, mean, sd,
                finite ? Quantiles.ofSorted(sorted, 0.05) : Double.NaN,
                finite ? Quantiles.ofSorted(sorted, 0.50) : Double.NaN,
                finite ? Quantiles.ofSorted(sorted, 0.95) : Double.NaN,
                Mcse.mean(chains), Mcse.quantile(chains, 0.05), Mcse.quantile(chains, 0.50), Mcse.quantile(chains, 0.95),
                EffectiveSampleSize.bulk(chains), EffectiveSampleSize.tail(chains), Rhat.of(chains));
    }
}
