package org.ppl.diagnostics;

/**
 * The potential scale reduction R-hat as Vehtari et al. (2021) recommend: the larger of the
 * rank-normalised split R-hat (the bulk) and the rank-normalised split R-hat of the values folded
 * about the median (the tails). Values above 1.01 say the chains have not mixed. NaN when a value
 * is not finite or all values are equal.
 */
public final class Rhat {
    private Rhat() {}

    /** max(bulk R-hat, folded R-hat). */
    public static double of(double[][] chains) {
        if (ChainArrays.anyNonFinite(chains) || ChainArrays.isConstant(chains)) return Double.NaN;
        double bulk = basic(ChainArrays.rankNormalised(ChainArrays.split(chains)));
        double tail = basic(ChainArrays.rankNormalised(ChainArrays.split(ChainArrays.folded(chains))));
        return maxIgnoringNaN(bulk, tail);
    }

    /** The larger of two R-hats; one that is NaN (its values constant, as folding can make them) is ignored. */
    static double maxIgnoringNaN(double a, double b) {
        if (Double.isNaN(a)) return b;
        if (Double.isNaN(b)) return a;
        return Math.max(a, b);
    }

    /**
     * The classic R-hat of chains used as given (Gelman et al., Bayesian Data Analysis, 3rd ed.,
     * section 11.4): sqrt(((n - 1)/n W + B/n) / W) with W the mean within-chain variance and B/n the
     * variance of the chain means.
     */
    public static double basic(double[][] chains) {
        int m = chains.length;
        int n = chains[0].length;
        if (n < 2 || ChainArrays.anyNonFinite(chains) || ChainArrays.isConstant(chains)) return Double.NaN;
        double[] means = new double[m];
        double within = 0;
        for (int c = 0; c < m; c++) {
            means[c] = ChainArrays.mean(chains[c]);
            within += ChainArrays.variance(chains[c]);
        }
        within /= m;
        double between = m > 1 ? n * ChainArrays.variance(means) : 0;
        return Math.sqrt((between / within + n - 1) / n);
    }
}
