package org.ppl.cli.plot;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.style.markers.SeriesMarkers;
import org.ppl.cli.UserError;
import org.ppl.infer.Draws;

/**
 * The latent space: the posterior mean (or the MAP point) of each row of a latent matrix as a
 * point, coloured by a label, over a cloud of translucent draws that shows the posterior spread.
 * The first two columns are drawn. Only one chain is averaged: the GP-LVM's posterior is invariant
 * to rotations of X, so chains that settle in different rotations would average to nonsense; by
 * default the chain with the highest mean lp__ is used.
 */
final class LatentPlot {
    /** Draws of the spread cloud. */
    static final int CLOUD = 40;

    private LatentPlot() {}

    static Figure of(Draws draws, String param, Integer chainAsked, LabelColumn labels) {
        LatentMatrix m = LatentMatrix.find(draws, param);
        int chain = chainAsked == null ? bestChain(draws) : chainAsked - 1;
        if (chain < 0 || chain >= draws.chainCount()) {
            throw new UserError("ppl: --chain " + chainAsked + ": the run has " + draws.chainCount()
                    + (draws.chainCount() == 1 ? " chain" : " chains"));
        }
        if (labels != null && labels.labels().size() != m.rows()) {
            throw new UserError("ppl: --color-by: " + labels.labels().size() + " labels for the " + m.rows() + " rows of "
                    + param);
        }
        Map<String, List<Integer>> groups = groups(labels, m.rows());
        int n = draws.drawCount(chain);
        XYChart c = Charts.chart(title(param, draws, chain, n, chainAsked == null), param + "[, 1]", param + "[, 2]",
                Charts.WIDTH + 160, Charts.HEIGHT + 160);
        c.getStyler().setMarkerSize(4);
        c.getStyler().setLegendPosition(org.knowm.xchart.style.Styler.LegendPosition.OutsideE);
        int k = 0;
        for (Map.Entry<String, List<Integer>> g : groups.entrySet()) {
            List<Integer> rows = g.getValue();
            if (n > 1) cloud(c, draws, m, chain, rows, g.getKey(), k);
            double[][] means = means(draws, m, chain, rows);
            Charts.points(c, g.getKey(), means[0], means[1], Charts.color(k)).setMarker(new ScaledMarker(SeriesMarkers.DIAMOND, 2.0));
            k++;
        }
        c.getStyler().setLegendVisible(labels != null);
        return Figure.single("latent", c);
    }

    private static void cloud(XYChart c, Draws draws, LatentMatrix m, int chain, List<Integer> rows, String group, int k) {
        int n = draws.drawCount(chain);
        int shown = Math.min(CLOUD, n);
        double[] x = new double[shown * rows.size()];
        double[] y = new double[x.length];
        int p = 0;
        for (int s = 0; s < shown; s++) {
            int d = (int) ((long) s * n / shown);
            for (int i : rows) {
                x[p] = m.value(draws, chain, d, i, 0);
                y[p++] = m.value(draws, chain, d, i, 1);
            }
        }
        Charts.points(c, group + " draws", x, y, Charts.translucent(Charts.color(k), 45)).setShowInLegend(false);
    }

    private static double[][] means(Draws draws, LatentMatrix m, int chain, List<Integer> rows) {
        int n = draws.drawCount(chain);
        double[][] out = new double[2][rows.size()];
        for (int r = 0; r < rows.size(); r++) {
            for (int j = 0; j < 2; j++) {
                double s = 0;
                for (int d = 0; d < n; d++) s += m.value(draws, chain, d, rows.get(r), j);
                out[j][r] = s / n;
            }
        }
        return out;
    }

    /** Rows by label, in order of first appearance; one group of all rows without labels. */
    private static Map<String, List<Integer>> groups(LabelColumn labels, int rows) {
        Map<String, List<Integer>> out = new LinkedHashMap<>();
        for (int i = 0; i < rows; i++) {
            String key = labels == null ? "rows" : labels.legend(labels.labels().get(i));
            out.computeIfAbsent(key, x -> new ArrayList<>()).add(i);
        }
        return out;
    }

    /** The chain with the highest mean lp__ (the first chain if there is no lp__). */
    static int bestChain(Draws draws) {
        if (!draws.has("lp__") || draws.chainCount() == 1) return 0;
        double[][] lp = draws.column("lp__");
        int best = 0;
        double bestMean = Double.NEGATIVE_INFINITY;
        for (int c = 0; c < lp.length; c++) {
            double s = 0;
            for (double v : lp[c]) s += v;
            double mean = lp[c].length == 0 ? Double.NEGATIVE_INFINITY : s / lp[c].length;
            if (mean > bestMean) {
                bestMean = mean;
                best = c;
            }
        }
        return best;
    }

    private static String title(String param, Draws draws, int chain, int n, boolean chosen) {
        if (n == 1) return param + ": the point estimate";
        String which = draws.chainCount() == 1 ? "" : String.format(Locale.ROOT, " of chain %d%s", chain + 1,
                chosen ? " (highest mean lp__)" : "");
        return String.format(Locale.ROOT, "%s: posterior mean%s, %d draws shaded", param, which, Math.min(CLOUD, n));
    }
}
