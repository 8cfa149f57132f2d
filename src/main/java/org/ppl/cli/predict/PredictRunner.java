package org.ppl.cli.predict;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.ppl.cli.CliEnvironment;
import org.ppl.cli.OutputFolder;
import org.ppl.cli.UserError;
import org.ppl.cli.load.ModelRequest;
import org.ppl.cli.summary.RunFiles;
import org.ppl.compiler.LoadedModel;
import org.ppl.compiler.predict.PosteriorPredictive;
import org.ppl.compiler.predict.PredictiveDraws;
import org.ppl.compiler.predict.PredictiveError;
import org.ppl.compiler.predict.PriorPredictive;
import org.ppl.infer.Draws;

/** What {@code ppl predict} does: load the model, make the predictive draws, write them, say what was written. */
final class PredictRunner {
    static final String PRIOR_FILE = "prior_predictive.csv";
    static final String POSTERIOR_FILE = "posterior_predictive.csv";

    private final CliEnvironment environment;
    private final PrintWriter out;
    private final PrintWriter err;

    PredictRunner(CliEnvironment environment, PrintWriter out, PrintWriter err) {
        this.environment = environment;
        this.out = out;
        this.err = err;
    }

    void prior(ModelRequest request, int count, long seed, Path output, boolean force) {
        LoadedModel loaded = PredictLoading.load(request);
        long start = System.nanoTime();
        PredictiveDraws draws;
        try {
            draws = new PriorPredictive(loaded.compiled()).draw(count, seed);
        } catch (PredictiveError e) {
            throw new UserError("ppl: " + e.getMessage());
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        OutputFolder folder = OutputFolder.create(output, loaded.name(), force, environment.storage());
        double[][] leading = new double[count][];
        for (int d = 0; d < count; d++) leading[d] = new double[] {d + 1};
        List<String> header = header(loaded.name(), "prior", seed, draws);
        folder.write(PRIOR_FILE, w -> PredictiveCsv.write(w, header, List.of("draw__"), leading, draws.columns(), draws.rows()));
        finish("Prior predictive", draws, seconds, folder.path().resolve(PRIOR_FILE));
    }

    void posterior(ModelRequest request, Path from, Integer count, long seed, Path output, boolean force) {
        RunFiles.Run run = RunFiles.read(from);
        LoadedModel loaded = PredictLoading.load(request);
        PosteriorPredictive predictive = new PosteriorPredictive(loaded.compiled());
        double[][] all = DrawsMatching.parameters(run.draws(), predictive.parameterNames(), from, loaded.name());
        int[] chosen = spread(all.length, count == null ? all.length : Math.min(count, all.length));
        double[][] parameters = new double[chosen.length][];
        double[][] leading = new double[chosen.length][];
        int[][] origin = origins(run.draws());
        for (int k = 0; k < chosen.length; k++) {
            parameters[k] = all[chosen[k]];
            leading[k] = new double[] {origin[chosen[k]][0], origin[chosen[k]][1]};
        }
        long start = System.nanoTime();
        PredictiveDraws draws = predictive.predict(parameters, seed);
        double seconds = (System.nanoTime() - start) / 1e9;
        OutputFolder folder = output == null ? OutputFolder.existing(run.folder(), environment.storage())
                : OutputFolder.create(output, loaded.name(), force, environment.storage());
        List<String> header = header(loaded.name(), "posterior", seed, draws);
        header.add(2, "draws = " + String.join(" ", run.files().stream().map(Path::toString).toList()));
        folder.write(POSTERIOR_FILE, w -> PredictiveCsv.write(w, header, List.of("chain__", "draw__"), leading, draws.columns(),
                draws.rows()));
        finish("Posterior predictive of " + run.files().size() + (run.files().size() == 1 ? " file" : " files") + " in " + from,
                draws, seconds, folder.path().resolve(POSTERIOR_FILE));
    }

    /** {@code n} indices spread evenly over {@code 0 .. total - 1} (all of them when n = total). */
    static int[] spread(int total, int n) {
        int[] out = new int[n];
        for (int k = 0; k < n; k++) out[k] = (int) ((long) k * total / n);
        return out;
    }

    /** The chain and draw number (1-based) of each row of the run, chain after chain. */
    private static int[][] origins(Draws draws) {
        int[][] out = new int[draws.totalDraws()][];
        int r = 0;
        for (int c = 0; c < draws.chainCount(); c++) {
            for (int i = 0; i < draws.drawCount(c); i++) out[r++] = new int[] {c + 1, i + 1};
        }
        return out;
    }

    private static List<String> header(String model, String kind, long seed, PredictiveDraws draws) {
        List<String> header = new ArrayList<>();
        header.add("model = " + model);
        header.add("method = " + kind + "_predictive");
        header.add("seed = " + seed);
        if (!draws.integerValues().isEmpty()) header.add("integer_values = " + String.join(",", draws.integerValues()));
        return header;
    }

    private void finish(String what, PredictiveDraws draws, double seconds, Path file) {
        int n = draws.rows().length;
        out.printf(Locale.ROOT, "%s: %d %s of %s in %.2f s.%n", what, n, n == 1 ? "draw" : "draws", values(draws.columns()), seconds);
        if (!draws.integerValues().isEmpty()) out.println("Integer values: " + String.join(", ", draws.integerValues()) + ".");
        out.println("Wrote " + file);
        out.flush();
        if (draws.failed() > 0) {
            err.printf(Locale.ROOT, "Warning: %d of %d draws could not be computed (%s); their predictive values are NaN.%n",
                    draws.failed(), draws.rows().length, draws.firstFailure());
            err.flush();
        }
    }

    /** {@code mu, theta (8), y_rep (8)}: each value by name, with its number of elements when more than one. */
    static String values(List<String> columns) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (String c : columns) counts.merge(c.contains(".") ? c.substring(0, c.indexOf('.')) : c, 1, Integer::sum);
        List<String> parts = new ArrayList<>();
        counts.forEach((name, n) -> parts.add(n == 1 ? name : name + " (" + n + ")"));
        return String.join(", ", parts);
    }
}
