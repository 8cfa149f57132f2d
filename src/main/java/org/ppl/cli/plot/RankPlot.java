package org.ppl.cli.plot;

import java.awt.BasicStroke;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.ppl.infer.Draws;

/**
 * Rank plots (Vehtari, Gelman, Simpson, Carpenter and Bürkner 2021, section 4.2): the draws of all
 * chains are ranked together, and each chain's ranks are counted in bins. Chains that sample the
 * same distribution give flat histograms at the dashed level; a chain stuck elsewhere does not.
 */
final class RankPlot {
    static final int BINS = 20;

    private RankPlot() {}

    static Figure of(Draws draws, List<String> names) {
        List<XYChart> panels = new ArrayList<>();
        for (String name : names) {
            double[][] chains = draws.column(name);
            double[][] counts = counts(chains, BINS);
            XYChart c = Charts.chart(name, "rank among all draws (fraction)", "draws per bin");
            double[] x = new double[BINS + 1];
            for (int b = 0; b <= BINS; b++) x[b] = (double) b / BINS;
            for (int k = 0; k < chains.length; k++) {
                double[] y = Arrays.copyOf(counts[k], BINS + 1);
                y[BINS] = counts[k][BINS - 1]; // the step's last level reaches the right edge
                XYSeries s = Charts.line(c, "chain " + (k + 1), x, y, Charts.color(k));
                s.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Step);
            }
            double expected = (double) chains[0].length / BINS;
            XYSeries uniform = Charts.line(c, "uniform", new double[] {0, 1}, new double[] {expected, expected},
                    java.awt.Color.GRAY);
            uniform.setLineStyle(new BasicStroke(1f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f,
                    new float[] {4f, 4f}, 0f));
            c.getStyler().setLegendVisible(panels.isEmpty() && chains.length > 1);
            c.getStyler().setYAxisMin(0.0);
            panels.add(c);
        }
        return new Figure("rank", panels, Math.min(3, panels.size()));
    }

    /** {@code counts[chain][bin]}: how many of the chain's draws have pooled ranks in each of {@code bins} equal bins. */
    static double[][] counts(double[][] chains, int bins) {
        int total = 0;
        for (double[] c : chains) total += c.length;
        int[][] index = new int[total][];
        double[] values = new double[total];
        int k = 0;
        for (int c = 0; c < chains.length; c++) {
            for (int i = 0; i < chains[c].length; i++) {
                index[k] = new int[] {c, i};
                values[k++] = chains[c][i];
            }
        }
        Integer[] order = new Integer[total];
        for (int i = 0; i < total; i++) order[i] = i;
        Arrays.sort(order, Comparator.comparingDouble(i -> values[i]));
        double[][] counts = new double[chains.length][bins];
        int r = 0;
        while (r < total) {
            // Ties share their average rank, so a constant stretch does not pile up in one chain.
            int end = r;
            while (end + 1 < total && values[order[end + 1]] == values[order[r]]) end++;
            double rank = 0.5 * (r + end);
            int bin = Math.min(bins - 1, (int) (rank * bins / total));
            for (int j = r; j <= end; j++) counts[index[order[j]][0]][bin]++;
            r = end + 1;
        }
        return counts;
    }
}
