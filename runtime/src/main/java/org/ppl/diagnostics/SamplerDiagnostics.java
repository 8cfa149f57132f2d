package org.ppl.diagnostics;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.ppl.infer.Draws;

/**
 * Per-chain checks of a NUTS run from its sampler columns: divergent transitions, transitions
 * that hit the maximum tree depth, and the energy Bayesian fraction of missing information
 * (Betancourt 2016, "Diagnosing suboptimal cotangent disintegrations in Hamiltonian Monte
 * Carlo"): E-BFMI = mean((E_t - E_{t-1})^2) / var(E), below 0.3 a sign that the momentum
 * resampling cannot move the energy across its marginal distribution (ArviZ's {@code bfmi}).
 */
public record SamplerDiagnostics(int[] divergences, int[] maxDepthHits, double[] ebfmi, int maxDepth,
        int totalDraws) {
    public static final double EBFMI_THRESHOLD = 0.3;

    /** From draws with the columns divergent__, treedepth__ and energy__. */
    public static SamplerDiagnostics of(Draws draws, int maxDepth) {
        int m = draws.chainCount();
        int[] divergences = new int[m];
        int[] hits = new int[m];
        double[] ebfmi = new double[m];
        double[][] divergent = draws.column("divergent__");
        double[][] depth = draws.column("treedepth__");
        double[][] energy = draws.column("energy__");
        int total = 0;
        for (int c = 0; c < m; c++) {
            for (double d : divergent[c]) if (d != 0) divergences[c]++;
            for (double d : depth[c]) if (d >= maxDepth) hits[c]++;
            ebfmi[c] = ebfmi(energy[c]);
            total += divergent[c].length;
        }
        return new SamplerDiagnostics(divergences, hits, ebfmi, maxDepth, total);
    }

    /** mean of squared successive differences over the (population) variance; NaN below 2 draws. */
    public static double ebfmi(double[] energy) {
        int n = energy.length;
        if (n < 2) return Double.NaN;
        double mean = 0;
        for (double e : energy) mean += e;
        mean /= n;
        double var = 0;
        for (double e : energy) var += (e - mean) * (e - mean);
        var /= n;
        double diff = 0;
        for (int i = 1; i < n; i++) diff += (energy[i] - energy[i - 1]) * (energy[i] - energy[i - 1]);
        diff /= n - 1;
        return diff / var;
    }

    public int totalDivergences() {
        int s = 0;
        for (int d : divergences) s += d;
        return s;
    }

    public int totalMaxDepthHits() {
        int s = 0;
        for (int d : maxDepthHits) s += d;
        return s;
    }

    /** Sentences for what went wrong, as CmdStan's diagnose prints them; empty when all is well. */
    public List<String> warnings() {
        List<String> out = new ArrayList<>();
        int total = totalDraws;
        if (totalDivergences() > 0) {
            out.add(String.format(Locale.ROOT, "%d of %d transitions (%.1f%%) after warmup were divergent:"
                    + " the posterior may be biased. Raise --target-accept or reparameterise the model.",
                    totalDivergences(), total, 100.0 * totalDivergences() / total));
        }
        if (totalMaxDepthHits() > 0) {
            out.add(String.format(Locale.ROOT, "%d of %d transitions (%.1f%%) hit the maximum tree depth of %d: the"
                    + " sampler may be inefficient. Raise --max-depth.", totalMaxDepthHits(), total,
                    100.0 * totalMaxDepthHits() / total, maxDepth));
        }
        for (int c = 0; c < ebfmi.length; c++) {
            if (ebfmi[c] < EBFMI_THRESHOLD) {
                out.add(String.format(Locale.ROOT, "Chain %d: E-BFMI %.3f is below %.1f: the sampler may not"
                        + " explore the posterior's tails well. Try reparameterising the model.", c + 1, ebfmi[c],
                        EBFMI_THRESHOLD));
            }
        }
        return out;
    }
}
