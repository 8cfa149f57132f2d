package org.ppl.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code ppl repl}: the interactive session comes with its own issue; until then it says so. */
@Command(name = "repl", mixinStandardHelpOptions = true,
        description = "Start an interactive session (coming in a later version).")
final class ReplCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().getOut().println(
                "The interactive REPL is not part of this version yet. Meanwhile, write the model in a .ppl file "
                        + "and run 'ppl check FILE.ppl' or 'ppl sample FILE.ppl'.");
        return ExitCode.OK;
    }
}
