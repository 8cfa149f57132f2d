package org.ppl.cli.predict;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.ppl.cli.Checks;
import org.ppl.cli.ExitCode;
import org.ppl.cli.Main;
import org.ppl.cli.ModelOptions;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code ppl predict}: draws from the prior predictive, or the posterior predictive of a finished run. */
@Command(name = "predict", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Draw from the prior predictive, or the posterior predictive of a finished run.", "",
            "--prior draws the parameters from their priors in program order and replicates every observed term "
                + "(y_rep); writes DIR/prior_predictive.csv. --from DIR takes the draws of 'ppl sample' or 'ppl fit' in DIR "
                + "and, for each, draws every GP conditional and computes every prediction at the new inputs given as "
                + "data, the saved values computed from them, and a replicate of every observed term; writes "
                + "posterior_predictive.csv beside the draws (or in --output).", ""},
        footer = {"", "Examples:", "  ppl predict eight_schools --prior --draws 500 --output runs/es-prior",
            "  ppl sample eight_schools --output runs/es && ppl predict eight_schools --from runs/es",
            "  ppl predict model.ppl --from runs/gp --data data.json --data Xnew=grid.csv:x"})
public final class PredictCommand implements Callable<Integer> {
    @ParentCommand
    Main main;

    @Spec
    CommandSpec spec;

    @Mixin
    ModelOptions modelOptions;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Source source;

    /** Where the parameters come from: their priors, or a finished run. */
    static final class Source {
        @Option(names = "--prior", required = true, description = "Draw the parameters from their priors.")
        boolean prior;

        @Option(names = "--from", required = true, paramLabel = "DIR",
                description = "A finished run of 'ppl sample' or 'ppl fit' (its folder or one Stan CSV file).")
        Path from;
    }

    @Option(names = "--draws", paramLabel = "N",
            description = "Draws to make: with --prior, N (default 1000); with --from, N spread evenly over the run's "
                    + "draws (default all of them).")
    Integer draws;

    @Option(names = "--seed", paramLabel = "N", description = "Random seed (default ${DEFAULT-VALUE}).")
    long seed = 1;

    @Option(names = "--output", paramLabel = "DIR",
            description = "The folder to write: with --prior a new folder under output/ by default (an existing one is "
                    + "refused unless --force); with --from the run's folder by default.")
    Path output;

    @Option(names = "--force", description = "Write into the --output folder even if it exists.")
    boolean force;

    @Override
    public Integer call() {
        if (draws != null) Checks.atLeast(spec, "--draws", draws, 1);
        PredictRunner runner = new PredictRunner(main.environment(), spec.commandLine().getOut(), spec.commandLine().getErr());
        if (source.prior) runner.prior(modelOptions.request(), draws == null ? 1000 : draws, seed, output, force);
        else runner.posterior(modelOptions.request(), source.from, draws, seed, output, force);
        return ExitCode.OK;
    }
}
