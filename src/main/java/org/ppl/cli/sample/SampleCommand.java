package org.ppl.cli.sample;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.ppl.cli.Checks;
import org.ppl.cli.CliEnvironment;
import org.ppl.cli.ExitCode;
import org.ppl.cli.Interrupts;
import org.ppl.cli.Main;
import org.ppl.cli.ModelOptions;
import org.ppl.cli.OutputFolder;
import org.ppl.cli.OutputOptions;
import org.ppl.cli.load.LoadedModel;
import org.ppl.cli.progress.ProgressDisplays;
import org.ppl.infer.CancellationFlag;
import org.ppl.infer.ChainRunner;
import org.ppl.infer.MetricKind;
import org.ppl.infer.ProgressListener;
import org.ppl.infer.nuts.NutsSettings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code ppl sample}: NUTS with Stan's adaptation and defaults. */
@Command(name = "sample", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Draw from a model's posterior with NUTS.", "",
            "Stan's sampler, adaptation and defaults. Prints the time of one gradient evaluation, a progress bar per "
                + "chain, then the summary with its warnings; writes DIR/chain-K.csv (Stan CSV) and DIR/summary.csv. "
                + "Ctrl-C stops the chains and writes the draws so far.", ""},
        footer = {"", "Examples:", "  ppl sample gplvm", "  ppl sample eight_schools --chains 4 --seed 7 --output runs/es",
            "  ppl sample model.ppl --data data.json --target-accept 0.95",
            "  ppl sample ppca --set Q=3 --output runs/ppca3"})
public final class SampleCommand implements Callable<Integer> {
    @ParentCommand
    Main main;

    @Spec
    CommandSpec spec;

    @Mixin
    ModelOptions modelOptions;

    @Option(names = "--chains", paramLabel = "N", description = "Number of chains (default ${DEFAULT-VALUE}).")
    int chains = 4;

    @Option(names = "--warmup", paramLabel = "N", description = "Warmup iterations per chain (default ${DEFAULT-VALUE}).")
    int warmup = 1000;

    @Option(names = "--draws", paramLabel = "N", description = "Draws per chain after warmup (default ${DEFAULT-VALUE}).")
    int draws = 1000;

    @Option(names = "--seed", paramLabel = "N", description = "Random seed (default ${DEFAULT-VALUE}).")
    long seed = 1;

    @Option(names = "--metric", paramLabel = "diag|dense", description = "The metric (default ${DEFAULT-VALUE}).")
    String metric = "diag";

    @Option(names = "--target-accept", paramLabel = "P",
            description = "Target acceptance rate of the step-size adaptation, in (0, 1) (default ${DEFAULT-VALUE}).")
    double targetAccept = 0.8;

    @Option(names = "--max-depth", paramLabel = "N", description = "Maximum tree depth (default ${DEFAULT-VALUE}).")
    int maxDepth = 10;

    @Option(names = "--init", paramLabel = "FILE.json",
            description = "Initial values of every parameter (default: uniform(-2, 2) on the unconstrained scale).")
    Path init;

    @Mixin
    OutputOptions output;

    @Override
    public Integer call() {
        MetricKind kind = validate();
        CliEnvironment env = main.environment();
        LoadedModel loaded = env.models().load(modelOptions.request());
        NutsSettings settings = NutsSettings.defaults().withWarmup(warmup).withDraws(draws).withMetric(kind)
                .withTargetAccept(targetAccept).withMaxDepth(maxDepth);
        if (init != null) settings = settings.withInitialValues(InitialValues.read(init, loaded.newModel()));
        OutputFolder folder = output.folder(loaded.name(), env);
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        ProgressListener progress = ProgressDisplays.forChains(err, !output.quiet() && env.terminal().getAsBoolean(),
                output.quiet(), chains, warmup + draws);
        CancellationFlag cancel = new CancellationFlag();
        SampleRunner.Request request = new SampleRunner.Request(loaded, settings, chains, seed,
                ChainRunner.defaultThreads(chains));
        try (Interrupts.Watch watch = env.interrupts().watch(cancel)) {
            new SampleRunner(out, err, output.quiet()).run(request, folder, progress, cancel);
        }
        return ExitCode.OK;
    }

    private MetricKind validate() {
        Checks.atLeast(spec, "--chains", chains, 1);
        Checks.atLeast(spec, "--warmup", warmup, 0);
        Checks.atLeast(spec, "--draws", draws, 1);
        Checks.atLeast(spec, "--max-depth", maxDepth, 1);
        Checks.between(spec, "--target-accept", targetAccept, 0, 1);
        try {
            return MetricKind.parse(metric);
        } catch (IllegalArgumentException e) {
            throw Checks.fail(spec, "--metric: " + e.getMessage());
        }
    }
}
