package org.ppl.infer.vi;

import java.util.Arrays;
import java.util.Comparator;
import java.util.Optional;
import java.util.stream.IntStream;

/**
 * Pareto-smoothed importance sampling (Vehtari, Simpson, Gelman, Yao and Gabry, "Pareto smoothed
 * importance sampling", 2015/2024). The M = ⌈min(S/5, 3√S)⌉ largest of S importance ratios are
 * replaced by the expected order statistics of a generalized Pareto distribution fitted to them
 * ({@link GeneralizedPareto}), and all weights are truncated at the largest raw ratio. The fitted
 * shape k̂ judges the approximation that proposed the draws: above 0.7 the importance-sampling
 * estimates, and the approximation itself, are unreliable (Stan's threshold).
 */
public final class ParetoSmoothing {
    /** Above this k̂ the approximation is unreliable. */
    public static final double K_THRESHOLD = 0.7;
    /** Fewer tail draws than this give no fit (as loo and Stan). */
    private static final int MIN_TAIL = 5;

    /**
     * The smoothed weights and the diagnostic.
     *
     * @param logWeights log of the smoothed weights, normalised so the weights sum to one
     * @param paretoK the fitted shape k̂; NaN when it could not be estimated (too few draws, or
     *     the largest ratios all equal, when the weights are bounded anyway)
     * @param tailLength the number of ratios smoothed
     */
    public record Result(double[] logWeights, double paretoK, int tailLength) {
        /** False when k̂ exceeds {@link #K_THRESHOLD}. */
        public boolean reliable() {
            return !(paretoK > K_THRESHOLD);
        }

        /** Kish's effective sample size of the smoothed weights, 1 / Σ w². */
        public double effectiveSampleSize() {
            double s = 0;
            for (double lw : logWeights) s += Math.exp(2 * lw);
            return 1.0 / s;
        }

        /** A warning a user can act on when k̂ exceeds 0.7; empty otherwise. */
        public Optional<String> warning() {
            if (reliable()) return Optional.empty();
            return Optional.of(String.format("Pareto k = %.2f exceeds %.1f: the approximation is unreliable. Its "
                    + "tails are much lighter than the posterior's, so its means and intervals (even reweighted) may be "
                    + "badly wrong. Use NUTS (ppl sample), or try full-rank ADVI (--method fullrank), a smaller "
                    + "tol_rel_obj, more iterations, or a reparameterisation of the model.", paretoK, K_THRESHOLD));
        }
    }

    private ParetoSmoothing() {}

    /** Tail length for S draws: ⌈min(S/5, 3√S)⌉. */
    public static int tailLength(int draws) {
        return (int) Math.ceil(Math.min(0.2 * draws, 3 * Math.sqrt(draws)));
    }

    /**
     * Smooths the log importance ratios log p(θₛ) − log q(θₛ) (up to a common constant). A NaN
     * ratio counts as negative infinity (weight zero).
     *
     * @throws IllegalArgumentException if no ratio is finite
     */
    public static Result smooth(double[] logRatios) {
        int s = logRatios.length;
        double[] lw = new double[s];
        double max = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < s; i++) {
            lw[i] = Double.isNaN(logRatios[i]) ? Double.NEGATIVE_INFINITY : logRatios[i];
            max = Math.max(max, lw[i]);
        }
        if (!Double.isFinite(max)) {
            throw new IllegalArgumentException("PSIS: no draw has a finite log density ratio");
        }
        for (int i = 0; i < s; i++) lw[i] -= max;
        int tail = tailLength(s);
        double k = Double.NaN;
        if (tail >= MIN_TAIL && tail < s) k = smoothTail(lw, tail);
        for (int i = 0; i < s; i++) lw[i] = Math.min(lw[i], 0.0);
        normalise(lw);
        return new Result(lw, k, tail);
    }

    /** Replaces the {@code tail} largest of {@code lw} (max 0) in place; returns k̂. */
    private static double smoothTail(double[] lw, int tail) {
        int s = lw.length;
        Integer[] order = IntStream.range(0, s).boxed().toArray(Integer[]::new);
        Arrays.sort(order, Comparator.comparingDouble(i -> lw[i]));
        double cutoff = lw[order[s - tail - 1]];
        double lowest = lw[order[s - tail]];
        if (!(lw[order[s - 1]] - lowest > 0)) return Double.NaN;
        double expCutoff = Math.exp(cutoff);
        double[] exceedances = new double[tail];
        for (int j = 0; j < tail; j++) exceedances[j] = Math.exp(lw[order[s - tail + j]]) - expCutoff;
        GeneralizedPareto.Fit fit = GeneralizedPareto.fit(exceedances);
        if (!Double.isFinite(fit.k())) return Double.POSITIVE_INFINITY;
        for (int j = 0; j < tail; j++) {
            double p = (j + 0.5) / tail;
            lw[order[s - tail + j]] = Math.log(GeneralizedPareto.quantile(p, fit.k(), fit.sigma()) + expCutoff);
        }
        return fit.k();
    }

    private static void normalise(double[] lw) {
        double max = Double.NEGATIVE_INFINITY;
        for (double v : lw) max = Math.max(max, v);
        double sum = 0;
        for (double v : lw) sum += Math.exp(v - max);
        double logSum = max + Math.log(sum);
        for (int i = 0; i < lw.length; i++) lw[i] -= logSum;
    }
}
