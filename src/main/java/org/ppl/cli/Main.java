package org.ppl.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code ppl} command: parses the subcommand, runs it, and maps failures to exit codes. */
@Command(
        name = "ppl",
        mixinStandardHelpOptions = true,
        versionProvider = Version.class,
        description = "A probabilistic programming language for the JVM: NUTS, ADVI and MAP for .ppl models.",
        subcommands = {ReplCommand.class, CommandLine.HelpCommand.class},
        footer = {"", "Examples:", "  ppl sample gplvm", "  ppl check my_model.ppl --data data.json",
            "  ppl fit ppca --method map"})
public final class Main implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a subcommand is needed");
    }

    public static void main(String[] args) {
        System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }

    /** Runs the command with the given streams and returns its exit code (used by tests). */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        boolean debug = java.util.Arrays.asList(args).contains("--debug");
        String[] rest = java.util.Arrays.stream(args).filter(a -> !a.equals("--debug")).toArray(String[]::new);
        CommandLine cl = new CommandLine(new Main());
        cl.setOut(out);
        cl.setErr(err);
        cl.setParameterExceptionHandler((e, a) -> {
            CommandLine c = e.getCommandLine();
            err.println(c.getCommandName() + ": " + e.getMessage());
            err.println("Run '" + c.getCommandSpec().qualifiedName() + " --help' for the options and examples.");
            return ExitCode.USER_ERROR;
        });
        cl.setExecutionExceptionHandler((e, c, parsed) -> report(e, err, debug));
        try {
            return cl.execute(rest);
        } catch (RuntimeException e) {
            return report(e, err, debug);
        }
    }

    private static int report(Exception e, PrintWriter err, boolean debug) {
        if (e instanceof UserError) {
            err.println(e.getMessage());
            err.flush();
            return ExitCode.USER_ERROR;
        }
        err.println("ppl: internal error: " + e);
        if (debug) {
            e.printStackTrace(err);
        } else {
            err.println("This is a bug in ppl, not in your model. Run again with --debug for the details, "
                    + "and report it with the model and the command.");
        }
        err.flush();
        return ExitCode.INTERNAL_ERROR;
    }
}
