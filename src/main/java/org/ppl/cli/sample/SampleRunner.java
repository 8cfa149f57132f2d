package org.ppl.cli.sample;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.ppl.cli.OutputFolder;
import org.ppl.cli.diagnose.GradientTiming;
import org.ppl.cli.load.LoadedModel;
import org.ppl.cli.summary.RunReport;
import org.ppl.diagnostics.Summary;
import org.ppl.infer.CancellationFlag;
import org.ppl.infer.ChainResult;
import org.ppl.infer.DensityPoint;
import org.ppl.infer.Draws;
import org.ppl.infer.Initialisation;
import org.ppl.infer.InitialisationFailure;
import org.ppl.infer.ProgressListener;
import org.ppl.infer.RandomStream;
import org.ppl.infer.nuts.Nuts;
import org.ppl.infer.nuts.NutsSettings;
import org.ppl.io.stancsv.StanCsvHeader;
import org.ppl.io.stancsv.StanCsvWriter;
import org.ppl.model.Model;

/**
 * A NUTS run from the command line: the gradient time first (as CmdStan prints it), the chains
 * with their progress, then the files ({@code chain-K.csv}, {@code summary.csv}) and the summary
 * with its warnings. An interrupted run writes the draws it has and says so.
 */
public final class SampleRunner {
    /** What to run: the model, NUTS settings, chains (numbered from 1), seed and threads. */
    public record Request(LoadedModel model, NutsSettings settings, int chains, long seed, int threads) {}

    /** How the run ended. */
    public record Outcome(List<ChainResult> chains, Summary summary, boolean interrupted) {}

    private final PrintWriter out;
    private final PrintWriter err;
    private final boolean quiet;

    public SampleRunner(PrintWriter out, PrintWriter err, boolean quiet) {
        this.out = out;
        this.err = err;
        this.quiet = quiet;
    }

    public Outcome run(Request r, OutputFolder folder, ProgressListener progress, CancellationFlag cancel) {
        Model model = r.model().newModel();
        if (!quiet) printGradientTime(model, r.settings(), r.seed());
        List<ChainResult> results = Nuts.sample(model, r.settings(), r.chains(), r.threads(), r.seed(), cancel, progress);
        boolean interrupted = results.stream().anyMatch(ChainResult::interrupted);
        writeChains(r, folder, results);
        Draws draws = RunReport.usable(Draws.of(results), err);
        Summary summary = draws == null ? null : Summary.of(draws);
        if (summary != null) {
            folder.write("summary.csv", summary::writeCsv);
            RunReport.printMcmc(out, draws, summary, r.settings().maxDepth());
            if (r.model().latent().isPresent()) LatentReport.print(out, folder, model, r.model().latent().get(), draws);
        }
        err.println(written(folder, results, summary != null));
        if (interrupted) err.println(interruption(folder, results));
        err.flush();
        return new Outcome(results, summary, interrupted);
    }

    /** Times the gradient at the initial point; says nothing if there is none (sampling will say why). */
    private void printGradientTime(Model model, NutsSettings settings, long seed) {
        DensityPoint p;
        try {
            p = settings.initialValues() != null
                    ? Initialisation.fromValues(model, settings.initialValues())
                    : Initialisation.random(model, RandomStream.of(seed), settings.initRadius());
        } catch (InitialisationFailure e) {
            return;
        }
        GradientTiming.Timing t = GradientTiming.measure(model, p.position(), 10, 400, 0.5);
        err.println(t.cmdStanSentence());
        err.flush();
    }

    private static void writeChains(Request r, OutputFolder folder, List<ChainResult> results) {
        for (ChainResult c : results) {
            String file = "chain-" + c.chain() + ".csv";
            StanCsvHeader header = new StanCsvHeader(r.model().name(), r.settings(), c.chain(), r.seed(),
                    r.model().dataDescription(), folder.path().resolve(file).toString());
            folder.write(file, w -> StanCsvWriter.write(w, header, c));
        }
    }

    private static String written(OutputFolder folder, List<ChainResult> results, boolean summary) {
        int n = results.size();
        String files = n == 1 ? "chain-1.csv" : "chain-1.csv ... chain-" + n + ".csv";
        return String.format(Locale.ROOT, "Wrote %s%s to %s", files, summary ? " and summary.csv" : "", folder.path());
    }

    private static String interruption(OutputFolder folder, List<ChainResult> results) {
        List<String> counts = new ArrayList<>();
        for (ChainResult c : results) counts.add(Integer.toString(c.drawCount()));
        return String.format(Locale.ROOT, "Interrupted: the chains stopped after %s of %d draws; the draws so far are "
                + "in %s", String.join(", ", counts), results.get(0).requestedDraws(), folder.path());
    }
}
