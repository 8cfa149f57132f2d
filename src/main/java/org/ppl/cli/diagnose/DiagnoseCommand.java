package org.ppl.cli.diagnose;

import java.util.concurrent.Callable;
import org.ppl.cli.Checks;
import org.ppl.cli.ExitCode;
import org.ppl.cli.Main;
import org.ppl.cli.ModelOptions;
import org.ppl.cli.load.LoadedModel;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code ppl diagnose}: gradient timing, and the gradient against finite differences (CmdStan's diagnose). */
@Command(name = "diagnose", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Time the gradient and check it against finite differences.", "",
            "As CmdStan's diagnose: the median time of one gradient evaluation, then the gradient at a random point "
                + "against finite differences, parameter by parameter, with disagreements marked.", ""},
        footer = {"", "Examples:", "  ppl diagnose gplvm", "  ppl diagnose model.ppl --data data.json --seed 3"})
public final class DiagnoseCommand implements Callable<Integer> {
    @ParentCommand
    Main main;

    @Spec
    CommandSpec spec;

    @Mixin
    ModelOptions modelOptions;

    @Option(names = "--seed", paramLabel = "N", description = "Seed of the random point (default ${DEFAULT-VALUE}).")
    long seed = 1;

    @Option(names = "--epsilon", paramLabel = "H",
            description = "Finite-difference step (default 1e-6, as CmdStan).")
    double epsilon = FiniteDifferences.DEFAULT_EPSILON;

    @Option(names = "--error", paramLabel = "E",
            description = "Mark errors above E x max(1, |gradient|) (default 1e-6).")
    double error = FiniteDifferences.DEFAULT_THRESHOLD;

    @Override
    public Integer call() {
        Checks.positive(spec, "--epsilon", epsilon);
        Checks.positive(spec, "--error", error);
        LoadedModel loaded = main.environment().models().load(modelOptions.request());
        new DiagnoseRunner(spec.commandLine().getOut()).run(loaded, seed, epsilon, error);
        return ExitCode.OK;
    }
}
