package org.ppl.cli.check;

import java.util.Locale;
import java.util.concurrent.Callable;
import org.ppl.cli.Checks;
import org.ppl.cli.ExitCode;
import org.ppl.cli.Main;
import org.ppl.cli.ModelOptions;
import org.ppl.compiler.Dumps;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code ppl check}: parse and check a model (and bind its data and build it when there are data), or dump a stage. */
@Command(name = "check", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Parse and check a model; print its parameters, data and observed terms.", "",
            "With data (--data, --set, or a bundled model's own) the model is also bound and built, and shapes are shown "
                + "by name and number: (N, Q) = (150, 2). Without data a .ppl file is checked with its sizes kept as "
                + "names. --dump prints the syntax tree or the typed program instead.", ""},
        footer = {"", "Examples:", "  ppl check gplvm", "  ppl check model.ppl", "  ppl check model.ppl --data data.json",
            "  ppl check eight_schools --dump ir"})
public final class CheckCommand implements Callable<Integer> {
    @ParentCommand
    Main main;

    @Spec
    CommandSpec spec;

    @Mixin
    ModelOptions modelOptions;

    @Option(names = "--dump", paramLabel = "ast|ir",
            description = "Print a stage of the compiler instead of the report: the syntax tree (ast) or the typed, "
                    + "checked program (ir).")
    String dump;

    @Override
    public Integer call() {
        CheckRunner runner = new CheckRunner(main.environment(), spec.commandLine().getOut());
        if (dump == null) runner.report(modelOptions.request());
        else runner.dump(modelOptions.request(), stage());
        return ExitCode.OK;
    }

    private Dumps.Stage stage() {
        switch (dump.toLowerCase(Locale.ROOT)) {
            case "ast":
                return Dumps.Stage.AST;
            case "ir":
                return Dumps.Stage.IR;
            default:
                throw Checks.fail(spec, "--dump must be ast or ir, not " + dump);
        }
    }
}
