package org.ppl.validation;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Assumptions;
import org.ppl.compiler.Models;
import org.ppl.diagnostics.SamplerDiagnostics;
import org.ppl.diagnostics.Summary;
import org.ppl.infer.ChainResult;
import org.ppl.infer.Draws;
import org.ppl.infer.MetricKind;
import org.ppl.infer.nuts.Nuts;
import org.ppl.infer.nuts.NutsSettings;
import org.ppl.io.DataSet;
import org.ppl.io.DataSources;
import org.ppl.model.Model;

/**
 * A NUTS run of a {@code .ppl} model on a posteriordb posterior's data, compared with that
 * posterior's reference summary. Data and references come from the shared data folder; the test
 * is skipped with a message when it is absent.
 */
final class ReferenceRun {
    /** Stan's default run: 4 chains of 1000 warmup iterations and 1000 draws. */
    static final int CHAINS = 4;

    final String posterior;
    final MetricKind metric;
    final Draws draws;
    final Summary summary;
    final ReferenceAgreement agreement;
    final double seconds;

    private ReferenceRun(String posterior, MetricKind metric, List<ChainResult> chains, ReferenceSummary reference,
            double seconds) {
        this.posterior = posterior;
        this.metric = metric;
        this.draws = Draws.of(chains);
        this.summary = Summary.of(draws);
        this.agreement = ReferenceAgreement.of(summary, reference);
        this.seconds = seconds;
    }

    /** The posteriordb folder of the shared data, or a skipped test. */
    static Path posteriordb() {
        Path folder = Models.sharedData().resolve("posteriordb");
        Assumptions.assumeTrue(Files.isDirectory(folder.resolve("reference")),
                "skipped: no posteriordb data and references at " + folder
                        + " (the shared data folder beside the repository, or -Dppl.shared.data=DIR)");
        return folder;
    }

    /** Runs {@code model} (a .ppl file) on the data of {@code posterior} and compares with its reference. */
    static ReferenceRun of(String posterior, Path model, MetricKind metric, long seed) {
        Path db = posteriordb();
        DataSet data = DataSources.readAll(List.of(db.resolve(posterior + ".data.json").toString()), false);
        Model m = Models.load(model, data).newModel();
        ReferenceSummary reference = ReferenceSummary.read(db, posterior);
        long start = System.nanoTime();
        List<ChainResult> chains = Nuts.sample(m, NutsSettings.defaults().withMetric(metric), CHAINS, seed);
        return new ReferenceRun(posterior, metric, chains, reference, (System.nanoTime() - start) * 1e-9);
    }

    double leapfrogsPerDraw() {
        double sum = 0;
        int n = 0;
        for (double[] chain : draws.column("n_leapfrog__")) {
            for (double v : chain) {
                sum += v;
                n++;
            }
        }
        return sum / n;
    }

    SamplerDiagnostics diagnostics() {
        return SamplerDiagnostics.of(draws, NutsSettings.defaults().maxDepth());
    }

    /** The agreement table with the run's metric, cost, divergences and R-hat. */
    String report() {
        return String.format(Locale.ROOT, "%s, %s metric, 4 x (1000 + 1000): %.1f leapfrogs/draw, %d divergences,"
                + " max R-hat %.3f, min bulk ESS %.0f, %.1f s%n", posterior, metric.stanName(), leapfrogsPerDraw(),
                diagnostics().totalDivergences(), summary.maxRhat(), summary.minEssBulk(), seconds)
                + agreement.table();
    }
}
