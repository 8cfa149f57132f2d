package org.ppl.cli;

import java.io.PrintWriter;
import java.util.Arrays;
import java.util.List;
import org.ppl.cli.check.CheckCommand;
import org.ppl.cli.diagnose.DiagnoseCommand;
import org.ppl.cli.fit.FitCommand;
import org.ppl.cli.plot.PlotCommand;
import org.ppl.cli.predict.PredictCommand;
import org.ppl.cli.sample.SampleCommand;
import org.ppl.cli.summary.SummaryCommand;
import org.ppl.infer.InitialisationFailure;
import org.ppl.infer.SamplingFailure;
import org.ppl.infer.optimize.OptimizationException;
import org.ppl.infer.vi.VariationalException;
import org.ppl.io.DataError;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code ppl} command: parses the subcommand, runs it, and maps failures to exit codes. */
@Command(
        name = "ppl",
        mixinStandardHelpOptions = true,
        versionProvider = Version.class,
        description = "A probabilistic programming language for the JVM: NUTS, ADVI and MAP for .ppl models.",
        subcommands = {SampleCommand.class, FitCommand.class, CheckCommand.class, DiagnoseCommand.class, SummaryCommand.class,
            PlotCommand.class, PredictCommand.class, ReplCommand.class, CommandLine.HelpCommand.class},
        footer = {"", "Examples:", "  ppl sample eight_schools", "  ppl fit gplvm --method advi --output runs/gplvm",
            "  ppl summary runs/gplvm", "  ppl plot runs/gplvm --kind latent --color-by species=iris.csv:species"})
public final class Main implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    private final CliEnvironment environment;

    public Main(CliEnvironment environment) {
        this.environment = environment;
    }

    /** What the subcommands use to load models, show progress and write files. */
    public CliEnvironment environment() {
        return environment;
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a subcommand is needed");
    }

    public static void main(String[] args) {
        System.setProperty("java.awt.headless", "true");
        System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true),
                CliEnvironment.standard()));
    }

    /** Runs the command in the standard environment (used by tests that need no model). */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        return run(args, out, err, CliEnvironment.standard());
    }

    /** Runs the command with the given streams and environment and returns its exit code. */
    public static int run(String[] args, PrintWriter out, PrintWriter err, CliEnvironment environment) {
        boolean debug = Arrays.asList(args).contains("--debug");
        String[] rest = Arrays.stream(args).filter(a -> !a.equals("--debug")).toArray(String[]::new);
        CommandLine cl = new CommandLine(new Main(environment));
        cl.setOut(out);
        cl.setErr(err);
        cl.setParameterExceptionHandler((e, a) -> usageError(e, err));
        cl.setExecutionExceptionHandler((e, c, parsed) -> report(e, err, debug));
        try {
            return cl.execute(rest);
        } catch (RuntimeException e) {
            return report(e, err, debug);
        } finally {
            out.flush();
            err.flush();
        }
    }

    /** A bad option or value: one line naming the command, with suggestions where picocli has them. */
    private static int usageError(CommandLine.ParameterException e, PrintWriter err) {
        CommandLine c = e.getCommandLine();
        String name = c.getCommandSpec().qualifiedName();
        StringBuilder line = new StringBuilder(name).append(": ").append(e.getMessage().strip());
        if (e instanceof CommandLine.UnmatchedArgumentException u) {
            List<String> suggestions = u.getSuggestions();
            if (!suggestions.isEmpty()) line.append("; did you mean ").append(String.join(" or ", suggestions)).append('?');
        }
        line.append("; run '").append(name).append(" --help' for the options and examples");
        err.println(line);
        err.flush();
        return ExitCode.USER_ERROR;
    }

    private static int report(Exception e, PrintWriter err, boolean debug) {
        if (e instanceof UserError || e instanceof DataError) {
            err.println(e.getMessage());
            if (debug) e.printStackTrace(err);
            err.flush();
            return ExitCode.USER_ERROR;
        }
        if (isUserFailure(e)) {
            err.println("ppl: " + e.getMessage());
            if (debug) e.printStackTrace(err);
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

    /** Failures of inference that say what is wrong with the model or its settings, not with ppl. */
    static boolean isUserFailure(Exception e) {
        return e instanceof InitialisationFailure || e instanceof SamplingFailure || e instanceof VariationalException
                || e instanceof OptimizationException;
    }
}
