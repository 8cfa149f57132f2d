package org.ppl.diagnostics;

import java.util.Arrays;
import org.apache.commons.math3.distribution.NormalDistribution;

/**
 * Transformations of draws given as {@code [chain][iteration]} (chains of equal length), as
 * Vehtari, Gelman, Simpson, Carpenter and Bürkner (2021), "Rank-normalization, folding, and
 * localization: an improved R-hat for assessing convergence of MCMC", Bayesian Analysis 16(2),
 * define them.
 */
public final class ChainArrays {
    private static final NormalDistribution STANDARD_NORMAL = new NormalDistribution(null, 0, 1);

    private ChainArrays() {}

    /** Each chain cut into its first and second half; the middle draw of an odd length is dropped. */
    public static double[][] split(double[][] chains) {
        int n = chains[0].length;
        if (n < 2) return chains;
        int half = n / 2;
        double[][] out = new double[2 * chains.length][];
        for (int c = 0; c < chains.length; c++) {
            out[2 * c] = Arrays.copyOfRange(chains[c], 0, half);
            out[2 * c + 1] = Arrays.copyOfRange(chains[c], n - half, n);
        }
        return out;
    }

    /**
     * Rank normalisation: each value replaced by Φ^{-1}((r - 3/8) / (S + 1/4)), r its rank among
     * all S values (average rank for ties), the paper's equation (14).
     */
    public static double[][] rankNormalised(double[][] chains) {
        double[][] ranks = ranks(chains);
        int total = count(chains);
        for (double[] chain : ranks) {
            for (int i = 0; i < chain.length; i++) {
                chain[i] = STANDARD_NORMAL.inverseCumulativeProbability((chain[i] - 0.375) / (total + 0.25));
            }
        }
        return ranks;
    }

    /** Ranks 1..S over all chains together, ties given their average rank. */
    static double[][] ranks(double[][] chains) {
        double[] sorted = pooled(chains);
        java.util.Arrays.sort(sorted);
        double[][] ranks = new double[chains.length][];
        for (int c = 0; c < chains.length; c++) {
            ranks[c] = new double[chains[c].length];
            for (int i = 0; i < ranks[c].length; i++) ranks[c][i] = averageRank(sorted, chains[c][i]);
        }
        return ranks;
    }

    /** The mean of the 1-based positions that {@code v} occupies in {@code sorted}. */
    private static double averageRank(double[] sorted, double v) {
        int first = lowerBound(sorted, v);
        int last = lowerBound(sorted, Math.nextUp(v)) - 1;
        return 0.5 * (first + last) + 1;
    }

    /** The first index whose value is >= v (values sorted ascending, no NaN). */
    private static int lowerBound(double[] sorted, double v) {
        int lo = 0;
        int hi = sorted.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sorted[mid] < v) lo = mid + 1;
            else hi = mid;
        }
        return lo;
    }

    /** |x - m|: folding about the median m, for the R-hat of the tails. */
    static double[][] foldedAbout(double[][] chains, double m) {
        double[][] out = new double[chains.length][];
        for (int c = 0; c < chains.length; c++) {
            out[c] = new double[chains[c].length];
            for (int i = 0; i < out[c].length; i++) out[c][i] = Math.abs(chains[c][i] - m);
        }
        return out;
    }

    /** |x - median|: folding, for the R-hat of the tails. */
    public static double[][] folded(double[][] chains) {
        return foldedAbout(chains, Quantiles.of(pooled(chains), 0.5));
    }

    /** 1 where x <= threshold, else 0. */
    public static double[][] indicator(double[][] chains, double threshold) {
        double[][] out = new double[chains.length][];
        for (int c = 0; c < chains.length; c++) {
            out[c] = new double[chains[c].length];
            for (int i = 0; i < out[c].length; i++) out[c][i] = chains[c][i] <= threshold ? 1 : 0;
        }
        return out;
    }

    /** All values in one array, chain after chain. */
    public static double[] pooled(double[][] chains) {
        double[] out = new double[count(chains)];
        int k = 0;
        for (double[] chain : chains) {
            System.arraycopy(chain, 0, out, k, chain.length);
            k += chain.length;
        }
        return out;
    }

    static int count(double[][] chains) {
        int n = 0;
        for (double[] c : chains) n += c.length;
        return n;
    }

    /** True if some value is NaN or infinite. */
    static boolean anyNonFinite(double[][] chains) {
        for (double[] c : chains) {
            for (double v : c) {
                if (!Double.isFinite(v)) return true;
            }
        }
        return false;
    }

    /** True if every value equals the first (within a relative 1e-12, as posterior's is_constant). */
    static boolean isConstant(double[][] chains) {
        double first = chains[0].length > 0 ? chains[0][0] : 0;
        double tolerance = 1e-12 * Math.max(1.0, Math.abs(first));
        for (double[] c : chains) {
            for (double v : c) {
                if (Math.abs(v - first) > tolerance) return false;
            }
        }
        return true;
    }

    static double mean(double[] x) {
        double s = 0;
        for (double v : x) s += v;
        return s / x.length;
    }

    /** Sample variance with divisor n - 1. */
    static double variance(double[] x) {
        double m = mean(x);
        double s = 0;
        for (double v : x) s += (v - m) * (v - m);
        return s / (x.length - 1);
    }
}
