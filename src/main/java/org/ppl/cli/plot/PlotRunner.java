package org.ppl.cli.plot;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import org.ppl.cli.OutputFolder;
import org.ppl.cli.summary.RunFiles;

/** Reads a finished run and draws one kind of plot into the output folder. */
public final class PlotRunner {
    /** The kinds of plot. */
    public enum Kind {
        TRACE,
        RANK,
        PAIR,
        LATENT,
        ELBO
    }

    /** At most this many panels in a trace or rank figure. */
    static final int MAX_PANELS = 24;
    /** At most this many values in a pair plot (15 panels). */
    static final int MAX_PAIRED = 6;

    /**
     * What to draw.
     *
     * @param params the {@code --params} names (empty for the defaults)
     * @param param the latent matrix's name
     * @param chain the chain for the latent plot (1-based), or null for the best
     * @param colorBy the {@code --color-by} argument, or null
     */
    public record Request(Path run, Kind kind, List<String> params, String param, Integer chain, String colorBy,
            boolean svg) {}

    private final PrintWriter err;

    public PlotRunner(PrintWriter err) {
        this.err = err;
    }

    /** Draws the figure and returns it. */
    public Figure run(Request r, OutputFolder folder) {
        Figure f = figure(r);
        List<String> files = f.write(folder, r.svg());
        err.println("Wrote " + String.join(" and ", files) + " to " + folder.path());
        err.flush();
        return f;
    }

    private static Figure figure(Request r) {
        if (r.kind() == Kind.ELBO) return ElboPlot.of(java.nio.file.Files.isDirectory(r.run()) ? r.run()
                : r.run().toAbsolutePath().getParent());
        RunFiles.Run run = RunFiles.read(r.run());
        switch (r.kind()) {
            case TRACE:
                return TracePlot.of(run.draws(), ParameterSelection.choose(run.draws(), r.params(), true, MAX_PANELS));
            case RANK:
                return RankPlot.of(run.draws(), ParameterSelection.choose(run.draws(), r.params(), true, MAX_PANELS));
            case PAIR:
                return PairPlot.of(run.draws(), ParameterSelection.choose(run.draws(), r.params(), false,
                        r.params().isEmpty() ? 3 : MAX_PAIRED));
            default:
                LabelColumn labels = r.colorBy() == null ? null : LabelColumn.read(r.colorBy());
                return LatentPlot.of(run.draws(), r.param(), r.chain(), labels);
        }
    }
}
