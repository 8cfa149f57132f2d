package org.ppl.cli.summary;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.ppl.cli.ExitCode;
import org.ppl.cli.Main;
import org.ppl.cli.OutputFolder;
import org.ppl.diagnostics.Summary;
import org.ppl.infer.Draws;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code ppl summary}: the diagnostics table of a finished run, printed and written to its folder. */
@Command(name = "summary", mixinStandardHelpOptions = true,
        description = {"Print the summary of a finished run.", "",
            "Reads the chain-K.csv files of ppl sample, the draws.csv of ppl fit, or CmdStan's Stan CSV files; prints "
                + "the summary with its warnings and writes it to DIR/summary.csv.", ""},
        footer = {"", "Examples:", "  ppl summary output/eight_schools-20250101-120000",
            "  ppl summary cmdstan_output/model-1.csv"})
public final class SummaryCommand implements Callable<Integer> {
    @ParentCommand
    Main main;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "DIR", description = "The run's folder, or one Stan CSV file.")
    Path path;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        RunFiles.Run run = RunFiles.read(path);
        Draws draws = run.kind() == DrawsKind.MCMC ? RunReport.usable(run.draws(), err) : run.draws();
        if (draws == null) return ExitCode.USER_ERROR;
        Summary summary = run.kind() == DrawsKind.MCMC ? Summary.of(draws) : FitSummaries.of(draws, run.kind());
        if (java.nio.file.Files.isDirectory(path)) {
            OutputFolder.existing(path, main.environment().storage()).write("summary.csv", summary::writeCsv);
        }
        if (run.kind() == DrawsKind.MCMC) {
            RunReport.printMcmc(out, draws, summary, run.maxDepth());
        } else {
            out.print(SummaryTable.format(summary, run.kind(), 1));
        }
        out.flush();
        return ExitCode.OK;
    }
}
