package org.ppl.infer.nuts;

import java.util.List;
import java.util.Locale;
import org.ppl.diagnostics.Mcse;
import org.ppl.diagnostics.SamplerDiagnostics;
import org.ppl.diagnostics.Summary;
import org.ppl.infer.CancellationFlag;
import org.ppl.infer.ChainResult;
import org.ppl.infer.ChainRunner;
import org.ppl.infer.Draws;
import org.ppl.infer.ProgressListener;
import org.ppl.model.Model;

/** A NUTS run of a test model with what validation tests ask of it. */
final class ValidationRun {
    final String label;
    final List<ChainResult> chains;
    final Draws draws;
    final double seconds;
    final NutsSettings settings;

    private ValidationRun(String label, List<ChainResult> chains, double seconds, NutsSettings settings) {
        this.label = label;
        this.chains = chains;
        this.draws = Draws.of(chains);
        this.seconds = seconds;
        this.settings = settings;
    }

    static ValidationRun of(String label, Model model, NutsSettings settings, int chains, long seed) {
        return of(label, model, settings, chains, seed, Leapfrog.INSTANCE);
    }

    static ValidationRun of(String label, Model model, NutsSettings settings, int chains, long seed, Integrator integrator) {
        long start = System.nanoTime();
        List<ChainResult> results = ChainRunner.run(model, chains, ChainRunner.defaultThreads(chains), seed,
                new NutsChain(settings, integrator), new CancellationFlag(), ProgressListener.NONE);
        return new ValidationRun(label, results, (System.nanoTime() - start) * 1e-9, settings);
    }

    /** Mean leapfrog steps per sampling draw. */
    double leapfrogsPerDraw() {
        return meanOf("n_leapfrog__");
    }

    double meanOf(String column) {
        double sum = 0;
        int n = 0;
        for (double[] chain : draws.column(column)) {
            for (double v : chain) {
                sum += v;
                n++;
            }
        }
        return sum / n;
    }

    SamplerDiagnostics diagnostics() {
        return SamplerDiagnostics.of(draws, settings.maxDepth());
    }

    Summary summary() {
        return Summary.of(draws);
    }

    /** (estimate of E[f] - expected) / MCSE for f = x or f = x², with x the named column. */
    double zScore(String column, boolean squared, double expected) {
        double[][] x = draws.column(column);
        if (squared) {
            for (double[] chain : x) for (int i = 0; i < chain.length; i++) chain[i] *= chain[i];
        }
        double sum = 0;
        int n = 0;
        for (double[] chain : x) {
            for (double v : chain) {
                sum += v;
                n++;
            }
        }
        return (sum / n - expected) / Mcse.mean(x);
    }

    String report() {
        return String.format(Locale.ROOT, "%s: %.1f leapfrogs per draw, step size %.3g, %d divergences, %.2f s",
                label, leapfrogsPerDraw(), chains.get(0).tuning().stepSize(), diagnostics().totalDivergences(), seconds);
    }
}
