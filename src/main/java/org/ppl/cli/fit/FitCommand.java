package org.ppl.cli.fit;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.ppl.cli.Checks;
import org.ppl.cli.CliEnvironment;
import org.ppl.cli.ExitCode;
import org.ppl.cli.Main;
import org.ppl.cli.ModelOptions;
import org.ppl.cli.OutputFolder;
import org.ppl.cli.OutputOptions;
import org.ppl.cli.UserError;
import org.ppl.cli.load.LoadedModel;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code ppl fit}: ADVI (mean-field or full-rank) or MAP by L-BFGS, with Laplace draws on request. */
@Command(name = "fit", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Fit an approximation of the posterior: ADVI or the mode (MAP).", "",
            "advi: mean-field ADVI; fullrank: full-rank ADVI; map: the posterior mode by L-BFGS, with --laplace for "
                + "draws from the normal approximation there. Writes DIR/draws.csv and DIR/summary.csv (and for ADVI "
                + "DIR/elbo.csv and DIR/approximation.csv), and prints the summary with the Pareto k of the "
                + "approximation.", ""},
        footer = {"", "Examples:", "  ppl fit gplvm --method advi", "  ppl fit ppca --method map --laplace --draws 2000",
            "  ppl fit model.ppl --data data.json --method fullrank --seed 4 --output runs/fr",
            "  ppl fit model.ppl --data data.json --method fullrank --grad-samples 40 --average-iterates"})
public final class FitCommand implements Callable<Integer> {
    @ParentCommand
    Main main;

    @Spec
    CommandSpec spec;

    @Mixin
    ModelOptions modelOptions;

    @Option(names = "--method", required = true, paramLabel = "advi|fullrank|map", description = "The algorithm.")
    String method;

    @Option(names = "--laplace", description = "With map: draws from the Laplace approximation at the mode (found "
            + "with the Jacobian of the transforms, on the unconstrained scale).")
    boolean laplace;

    @Option(names = "--draws", paramLabel = "N",
            description = "Draws from the approximation (default ${DEFAULT-VALUE}; map without --laplace gives one point).")
    int draws = 1000;

    @Option(names = "--seed", paramLabel = "N", description = "Random seed (default ${DEFAULT-VALUE}).")
    long seed = 1;

    @Option(names = "--init", paramLabel = "pca|random|FILE",
            description = "Start a latent input (the GP-LVM's X) at the principal components of its data (pca; the "
                    + "default when the model has one), everything uniform(-2, 2) (random), or the parameters found "
                    + "in FILE (JSON values, or the draws.csv of an earlier fit: a warm start), the rest as by default.")
    String init;

    @Option(names = "--iter", paramLabel = "N",
            description = "Iteration limit (default: 10000 for ADVI, 2000 for L-BFGS).")
    int iterations;

    @Mixin
    AdviSettings advi;

    @Mixin
    OutputOptions output;

    @Override
    public Integer call() {
        FitRunner.Method m = parseMethod();
        validate(m);
        CliEnvironment env = main.environment();
        LoadedModel loaded = env.models().load(modelOptions.request());
        Map<String, double[]> given = isFile(init)
                ? StartValues.read(Path.of(init), loaded.newModel()) : Map.of();
        boolean pca = pcaStart(loaded, given);
        OutputFolder folder = output.folder(loaded.name(), env);
        FitRunner.Request request = new FitRunner.Request(loaded, m, laplace, draws, seed, pca, given, iterations,
                advi);
        new FitRunner(spec.commandLine().getOut(), spec.commandLine().getErr(), output.quiet()).run(request, folder);
        return ExitCode.OK;
    }

    private FitRunner.Method parseMethod() {
        switch (method.toLowerCase(Locale.ROOT)) {
            case "advi":
            case "meanfield":
                return FitRunner.Method.ADVI;
            case "fullrank":
                return FitRunner.Method.FULLRANK;
            case "map":
            case "optimize":
                return FitRunner.Method.MAP;
            default:
                throw Checks.fail(spec, "--method: unknown method '" + method + "': expected advi, fullrank or map");
        }
    }

    private void validate(FitRunner.Method m) {
        if (laplace && m != FitRunner.Method.MAP) Checks.fail(spec, "--laplace goes with --method map");
        if (init != null && !isFile(init) && !init.equals("pca") && !init.equals("random")) {
            Checks.fail(spec, "--init: expected pca, random or a .json or .csv file, not '" + init + "'");
        }
        Checks.atLeast(spec, "--draws", draws, 1);
        Checks.atLeast(spec, "--iter", iterations, 0);
        advi.validate(spec);
    }

    private static boolean isFile(String init) {
        return init != null && (init.endsWith(".json") || init.endsWith(".csv"));
    }

    /**
     * PCA when asked, or by default when the model has a latent input the {@code --init} file does
     * not give; an error when asked without one.
     */
    private boolean pcaStart(LoadedModel loaded, Map<String, double[]> given) {
        if ("random".equals(init)) return false;
        if (loaded.latent().isPresent()) return !given.containsKey(loaded.latent().get().parameter());
        if ("pca".equals(init)) {
            throw new UserError("ppl: --init pca: " + loaded.name() + " has no latent input (a latent parameter, such "
                    + "as the GP-LVM's X, behind observed data) to start from principal components");
        }
        return false;
    }
}
