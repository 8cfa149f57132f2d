package org.ppl.cli.summary;

import java.util.ArrayList;
import java.util.List;
import org.ppl.diagnostics.Summary;
import org.ppl.diagnostics.SummaryRow;
import org.ppl.infer.Draws;

/**
 * Summaries of the draws of {@code ppl fit}: the usual table for draws from an approximation (its
 * ESS and R-hat describe independent draws, so they say nothing of convergence and are not
 * flagged), and for a single MAP point its value as the mean with every other column missing.
 */
public final class FitSummaries {
    private FitSummaries() {}

    public static Summary of(Draws draws, DrawsKind kind) {
        if (kind != DrawsKind.POINT) return Summary.of(draws);
        double nan = Double.NaN;
        List<SummaryRow> rows = new ArrayList<>();
        double[] point = draws.row(0, 0);
        for (int j = 0; j < draws.names().size(); j++) {
            String name = draws.names().get(j);
            if (name.endsWith("__") && !name.equals("lp__")) continue;
            rows.add(new SummaryRow(name, point[j], nan, nan, nan, nan, nan, nan, nan, nan, nan, nan, nan));
        }
        return new Summary(rows);
    }
}
