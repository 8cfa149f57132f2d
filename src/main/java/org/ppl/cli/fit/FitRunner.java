package org.ppl.cli.fit;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.ppl.cli.OutputFolder;
import org.ppl.cli.load.LoadedModel;
import org.ppl.cli.summary.DrawsKind;
import org.ppl.cli.summary.FitSummaries;
import org.ppl.cli.summary.SummaryTable;
import org.ppl.diagnostics.Summary;
import org.ppl.gp.lvm.FitMode;
import org.ppl.gp.lvm.LatentStart;
import org.ppl.infer.Draws;
import org.ppl.infer.RandomStream;
import org.ppl.infer.optimize.LaplaceApproximation;
import org.ppl.infer.optimize.LbfgsOptions;
import org.ppl.infer.optimize.MapOptimizer;
import org.ppl.infer.optimize.MapResult;
import org.ppl.infer.optimize.OptimizationListener;
import org.ppl.infer.vi.Advi;
import org.ppl.infer.vi.AdviListener;
import org.ppl.infer.vi.AdviOptions;
import org.ppl.infer.vi.AdviResult;
import org.ppl.infer.vi.ApproximateDraws;
import org.ppl.model.Model;

/**
 * A fit from the command line: the starting point (random, or PCA for a latent input), then ADVI
 * or MAP (with Laplace draws if asked), the files ({@code draws.csv}, {@code summary.csv}, and for
 * ADVI {@code elbo.csv} and {@code approximation.csv}), and the summary with the Pareto k̂ of the
 * approximation and any warnings.
 */
public final class FitRunner {
    /** The algorithm. */
    public enum Method {
        ADVI,
        FULLRANK,
        MAP
    }

    /**
     * What to fit.
     *
     * @param maxIterations the iteration limit; 0 for the method's default (ADVI 10 000, L-BFGS 2000)
     * @param advi the ADVI settings
     */
    public record Request(LoadedModel model, Method method, boolean laplace, int draws, long seed, boolean pcaStart,
            Map<String, double[]> given, int maxIterations, AdviSettings advi) {}

    private final PrintWriter out;
    private final PrintWriter err;
    private final boolean quiet;

    public FitRunner(PrintWriter out, PrintWriter err, boolean quiet) {
        this.out = out;
        this.err = err;
        this.quiet = quiet;
    }

    public void run(Request r, OutputFolder folder) {
        Model model = r.model().newModel();
        RandomStream rng = RandomStream.of(r.seed());
        double[] start;
        if (r.pcaStart()) {
            start = StartingPoint.pca(model, rng, r.model().latent().orElseThrow(), r.given());
            say("Starting " + r.model().latent().get().parameter() + " at the principal components of "
                    + r.model().latent().get().data() + ".");
        } else if (!r.given().isEmpty()) {
            start = StartingPoint.given(model, r.given());
        } else {
            start = StartingPoint.random(model, rng);
        }
        if (!r.given().isEmpty()) say("Starting " + String.join(", ", r.given().keySet()) + " at the values given.");
        List<String> files = r.method() == Method.MAP ? map(r, model, start, rng, folder) : advi(r, model, start, rng, folder);
        err.println("Wrote " + String.join(", ", files) + " to " + folder.path());
        err.flush();
    }

    private List<String> advi(Request r, Model model, double[] start, RandomStream rng, OutputFolder folder) {
        AdviOptions options = r.advi().applyTo(AdviOptions.defaults(r.method() == Method.FULLRANK
                ? AdviOptions.Family.FULLRANK : AdviOptions.Family.MEANFIELD));
        if (r.maxIterations() > 0) options = options.withMaxIterations(r.maxIterations());
        // From a PCA or a warm start, a narrow start keeps its structure while the first noisy steps settle.
        if (r.pcaStart() || !r.given().isEmpty()) options = options.withStartScale(LatentStart.ADVI_START_SCALE);
        AdviResult result = Advi.fit(model, start, options, rng, quiet ? AdviListener.NONE : FitProgress.advi(err));
        ApproximateDraws draws = result.draws(r.draws(), rng);
        List<String> header = FitHeaders.advi(r, options, result, r.model().dataDescription());
        folder.write("draws.csv", w -> FitFiles.approximateDraws(w, header, draws));
        folder.write("elbo.csv", w -> FitFiles.elboTrace(w, result.elboTrace()));
        folder.write("approximation.csv", w -> FitFiles.approximation(w, model.unconstrainedNames(), result.mean(),
                result.standardDeviations()));
        Summary summary = FitSummaries.of(approximationDraws(draws), DrawsKind.APPROXIMATION);
        folder.write("summary.csv", summary::writeCsv);
        out.print(SummaryTable.format(summary, DrawsKind.APPROXIMATION, 1));
        out.println(String.format(Locale.ROOT, "ADVI (%s) %s after %d iterations in %.1f s: ELBO %s, eta %s.",
                result.familyName(), result.converged() ? "converged" : "did not converge", result.iterations(),
                result.seconds(), FitProgress.number(result.elbo()), FitProgress.number(result.eta())));
        List<String> warnings = new ArrayList<>(result.warnings());
        describeMode(r, model, result.constrainedMean());
        out.println(Pareto.report(draws, warnings));
        for (String w : warnings) out.println("Warning: " + w);
        out.flush();
        return List.of("draws.csv", "summary.csv", "elbo.csv", "approximation.csv");
    }

    private List<String> map(Request r, Model model, double[] start, RandomStream rng, OutputFolder folder) {
        LbfgsOptions options = LbfgsOptions.defaults().withJacobian(r.laplace());
        if (r.maxIterations() > 0) options = options.withMaxIterations(r.maxIterations());
        MapResult result = MapOptimizer.optimize(model, start, options, quiet ? OptimizationListener.NONE
                : FitProgress.map(err));
        List<String> header = FitHeaders.map(r, options, result, r.model().dataDescription());
        Summary summary;
        List<String> warnings = new ArrayList<>();
        String pareto = null;
        if (r.laplace()) {
            ApproximateDraws draws = LaplaceApproximation.at(model, result).draws(r.draws(), rng);
            folder.write("draws.csv", w -> FitFiles.approximateDraws(w, header, draws));
            summary = FitSummaries.of(approximationDraws(draws), DrawsKind.APPROXIMATION);
            pareto = Pareto.report(draws, warnings);
        } else {
            folder.write("draws.csv", w -> FitFiles.point(w, header, model.constrainedNames(), result.logDensity(),
                    result.constrained()));
            summary = FitSummaries.of(pointDraws(model.constrainedNames(), result), DrawsKind.POINT);
        }
        folder.write("summary.csv", summary::writeCsv);
        out.print(SummaryTable.format(summary, r.laplace() ? DrawsKind.APPROXIMATION : DrawsKind.POINT, 1));
        out.println("L-BFGS " + result.summary() + ".");
        describeMode(r, model, result.constrained());
        if (!result.converged()) warnings.add(0, "The optimisation did not converge: " + result.reason().description() + ".");
        if (pareto != null) out.println(pareto);
        for (String w : warnings) out.println("Warning: " + w);
        out.flush();
        return List.of("draws.csv", "summary.csv");
    }

    /** For a GP-LVM (a latent input with kernel amplitude eta and noise sigma): which mode the fit is in. */
    private void describeMode(Request r, Model model, double[] constrained) {
        if (r.model().latent().isEmpty()) return;
        try {
            out.println("The fit is in the " + FitMode.of(model, constrained).describe() + ".");
        } catch (IllegalArgumentException e) {
            // A latent-input model without parameters named eta and sigma: no mode to name.
        }
    }

    private static Draws approximationDraws(ApproximateDraws d) {
        List<String> names = new ArrayList<>(FitFiles.APPROXIMATION_COLUMNS);
        names.addAll(d.constrainedNames());
        double[][] rows = new double[d.size()][];
        for (int i = 0; i < rows.length; i++) {
            double[] c = d.constrained()[i];
            double[] row = new double[3 + c.length];
            row[0] = d.logDensity()[i];
            row[1] = d.logDensity()[i];
            row[2] = d.logApproximation()[i];
            System.arraycopy(c, 0, row, 3, c.length);
            rows[i] = row;
        }
        return new Draws(names, new double[][][] {rows});
    }

    private static Draws pointDraws(List<String> constrainedNames, MapResult result) {
        List<String> names = new ArrayList<>();
        names.add("lp__");
        names.addAll(constrainedNames);
        double[] row = new double[1 + result.constrained().length];
        row[0] = result.logDensity();
        System.arraycopy(result.constrained(), 0, row, 1, result.constrained().length);
        return new Draws(names, new double[][][] {{row}});
    }

    private void say(String line) {
        if (quiet) return;
        err.println(line);
        err.flush();
    }
}
