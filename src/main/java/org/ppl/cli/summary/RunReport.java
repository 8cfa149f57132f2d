package org.ppl.cli.summary;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import org.ppl.diagnostics.ConvergenceWarnings;
import org.ppl.diagnostics.SamplerDiagnostics;
import org.ppl.diagnostics.Summary;
import org.ppl.infer.Draws;

/**
 * What a finished MCMC run prints: the summary table, then the warnings in words that say what
 * to do (divergences, tree depth, E-BFMI, R-hat, ESS).
 */
public final class RunReport {
    /** Fewer draws per chain than this give no summary (split chains need two halves of two). */
    public static final int MIN_DRAWS = 4;

    private RunReport() {}

    /** The summary of {@code draws}, or null (with a line saying why) when a chain is too short. */
    public static Summary summarise(Draws draws, PrintWriter err) {
        int shortest = Integer.MAX_VALUE;
        int which = 0;
        for (int c = 0; c < draws.chainCount(); c++) {
            if (draws.drawCount(c) < shortest) {
                shortest = draws.drawCount(c);
                which = c + 1;
            }
        }
        if (shortest < MIN_DRAWS) {
            err.println("ppl: no summary: chain " + which + " has " + shortest + (shortest == 1 ? " draw" : " draws")
                    + ", and a summary needs at least " + MIN_DRAWS + " per chain");
            return null;
        }
        return Summary.of(draws);
    }

    public static void printMcmc(PrintWriter out, Draws draws, Summary summary, int maxDepth) {
        out.print(SummaryTable.format(summary, DrawsKind.MCMC, draws.chainCount()));
        for (String w : warnings(draws, summary, maxDepth)) out.println("Warning: " + w);
        out.flush();
    }

    static List<String> warnings(Draws draws, Summary summary, int maxDepth) {
        List<String> out = new ArrayList<>();
        if (draws.has("divergent__") && draws.has("treedepth__") && draws.has("energy__")) {
            out.addAll(SamplerDiagnostics.of(draws, maxDepth).warnings());
        }
        out.addAll(ConvergenceWarnings.of(summary, draws.chainCount()));
        return out;
    }
}
