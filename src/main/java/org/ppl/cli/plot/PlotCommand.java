package org.ppl.cli.plot;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.ppl.cli.Checks;
import org.ppl.cli.ExitCode;
import org.ppl.cli.Main;
import org.ppl.cli.OutputFolder;
import org.ppl.cli.UserError;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code ppl plot}: trace, rank, pair, latent-space and ELBO plots of a finished run, as PNG (and SVG). */
@Command(name = "plot", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Plot a finished run: trace, rank, pair, latent space or ELBO.", "",
            "trace and rank: a panel per value, a line per chain; pair: every pair of the chosen values with divergent "
                + "draws in red; latent: the posterior mean of a 2-D latent matrix coloured by a label, over shaded "
                + "draws; elbo: ADVI's ELBO trace. Writes KIND.png (and KIND.svg with --svg).", ""},
        footer = {"", "Examples:", "  ppl plot output/eight_schools-20250101-120000 --kind trace --params mu,tau",
            "  ppl plot runs/es --kind pair --params mu,tau",
            "  ppl plot runs/gplvm --kind latent --color-by species=iris.csv:species",
            "  ppl plot runs/advi --kind elbo --svg"})
public final class PlotCommand implements Callable<Integer> {
    @ParentCommand
    Main main;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "DIR", description = "The run's folder (or one Stan CSV file).")
    Path run;

    @Option(names = "--kind", paramLabel = "trace|rank|pair|latent|elbo",
            description = "What to plot (default ${DEFAULT-VALUE}).")
    String kind = "trace";

    @Option(names = "--params", paramLabel = "a,b,...", split = ",", hideParamSyntax = true,
            description = "Values to plot: elements (X.1.2) or whole variables (ls). Default: lp__ and the small "
                    + "variables (trace, rank); the first three of them (pair).")
    List<String> params = new ArrayList<>();

    @Option(names = "--param", paramLabel = "NAME", description = "latent: the latent matrix (default ${DEFAULT-VALUE}).")
    String param = "X";

    @Option(names = "--chain", paramLabel = "K",
            description = "latent: the chain to average (default: the one with the highest mean lp__).")
    Integer chain;

    @Option(names = "--color-by", paramLabel = "NAME=FILE.csv:col",
            description = "latent: colour the rows by a column of a CSV file, e.g. species=models/data/iris.csv:species.")
    String colorBy;

    @Option(names = "--output", paramLabel = "DIR", description = "Where to write the picture (default: the run's folder).")
    Path output;

    @Option(names = "--svg", description = "Also write an SVG file.")
    boolean svg;

    @Override
    public Integer call() {
        PlotRunner.Kind k;
        try {
            k = PlotRunner.Kind.valueOf(kind.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw Checks.fail(spec, "--kind: unknown kind '" + kind + "': expected trace, rank, pair, latent or elbo");
        }
        if (chain != null) Checks.atLeast(spec, "--chain", chain, 1);
        if (!Files.exists(run)) throw new UserError("ppl: " + run + ": no such file or folder");
        Path dir = output != null ? output : Files.isDirectory(run) ? run : run.toAbsolutePath().getParent();
        PlotRunner.Request request = new PlotRunner.Request(run, k, params, param, chain, colorBy, svg);
        new PlotRunner(spec.commandLine().getErr()).run(request, OutputFolder.existing(dir, main.environment().storage()));
        return ExitCode.OK;
    }
}
