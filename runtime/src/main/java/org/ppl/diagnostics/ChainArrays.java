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
        int total = count(chains);
        double[] values = new double[total];
        int[] chainOf = new int[total];
        int[] indexOf = new int[total];
        int k = 0;
        for (int c = 0; c < chains.length; c++) {
            for (int i = 0; i < chains[c].length; i++) {
                values[k] = chains[c][i];
                chainOf[k] = c;
                indexOf[k] = i;
                k++;
            }
        }
        Integer[] order = new Integer[total];
        for (int i = 0; i < total; i++) order[i] = i;
        Arrays.sort(order, (a, b) -> Double.compare(values[a], values[b]));
        double[][] ranks = new double[chains.length][];
        for (int c = 0; c < chains.length; c++) ranks[c] = new double[chains[c].length];
        int i = 0;
        while (i < total) {
            int j = i;
            while (j + 1 < total && values[order[j + 1]] == values[order[i]]) j++;
            double rank = 0.5 * (i + j) + 1; // average of ranks i+1 .. j+1
            for (int t = i; t <= j; t++) ranks[chainOf[order[t]]][indexOf[order[t]]] = rank;
            i = j + 1;
        }
        return ranks;
    }

    /** |x - median|: folding, for the R-hat of the tails. */
    public static double[][] folded(double[][] chains) {
        double median = Quantiles.of(pooled(chains), 0.5);
        double[][] out = new double[chains.length][];
        for (int c = 0; c < chains.length; c++) {
            out[c] = new double[chains[c].length];
            for (int i = 0; i < out[c].length; i++) out[c][i] = Math.abs(chains[c][i] - median);
        }
        return out;
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
