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

    /**
     * The draws to summarise: the chains with at least {@link #MIN_DRAWS} draws (an interrupted run's
     * chains that had barely started are left out, and a line says so), or null (with a line saying
     * why) when no chain has that many.
     */
    public static Draws usable(Draws draws, PrintWriter err) {
        List<Integer> kept = new ArrayList<>();
        List<String> left = new ArrayList<>();
        for (int c = 0; c < draws.chainCount(); c++) {
            if (draws.drawCount(c) >= MIN_DRAWS) kept.add(c);
            else left.add(Integer.toString(c + 1));
        }
        if (kept.isEmpty()) {
            err.println("ppl: no summary: no chain has the " + MIN_DRAWS + " draws a summary needs");
            return null;
        }
        if (left.isEmpty()) return draws;
        err.println("ppl: the summary leaves out chain" + (left.size() == 1 ? " " : "s ") + String.join(", ", left)
                + ", with fewer than " + MIN_DRAWS + " draws");
        double[][][] chains = new double[kept.size()][][];
        for (int k = 0; k < kept.size(); k++) {
            int c = kept.get(k);
            chains[k] = new double[draws.drawCount(c)][];
            for (int i = 0; i < chains[k].length; i++) chains[k][i] = draws.row(c, i);
        }
        return new Draws(draws.names(), chains);
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
