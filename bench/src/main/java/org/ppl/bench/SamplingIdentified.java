package org.ppl.bench;

import java.util.ArrayList;
import java.util.List;
import org.ppl.diagnostics.SummaryRow;
import org.ppl.infer.Draws;

/**
 * Quantities a non-identified posterior still pins down, for their ESS: named columns of the
 * draws, and the Gram matrix W Wᵀ of a matrix parameter W (PPCA's loadings are determined only up
 * to a rotation or reflection of the latent space, W → W R, and W Wᵀ is invariant under it).
 * Written {@code sigma,lp__,gram(W)}.
 */
final class SamplingIdentified {
    private SamplingIdentified() {}

    /** The minimum bulk ESS over the listed quantities. */
    static double minEssBulk(Draws draws, List<String> quantities) {
        double min = Double.POSITIVE_INFINITY;
        for (String q : quantities) {
            for (double[][] column : columns(draws, q)) {
                double ess = SummaryRow.of(q, column).essBulk();
                if (!Double.isNaN(ess)) min = Math.min(min, ess);
            }
        }
        return min;
    }

    /** The draws ({@code [chain][draw]}) of a named column, or of each entry i ≤ j of gram(NAME). */
    static List<double[][]> columns(Draws draws, String quantity) {
        if (!quantity.startsWith("gram(")) return List.<double[][]>of(draws.column(quantity));
        String name = quantity.substring(5, quantity.length() - 1);
        int rows = 0;
        int cols = 0;
        while (draws.has(name + "." + (rows + 1) + ".1")) rows++;
        while (draws.has(name + ".1." + (cols + 1))) cols++;
        if (rows == 0) throw new IllegalArgumentException("no matrix named " + name + " in the draws");
        int[][] index = new int[rows][cols];
        for (int i = 0; i < rows; i++) {
            for (int k = 0; k < cols; k++) index[i][k] = draws.indexOf(name + "." + (i + 1) + "." + (k + 1));
        }
        List<double[][]> out = new ArrayList<>();
        for (int i = 0; i < rows; i++) {
            for (int j = i; j < rows; j++) out.add(gramEntry(draws, index[i], index[j]));
        }
        return out;
    }

    private static double[][] gramEntry(Draws draws, int[] rowI, int[] rowJ) {
        double[][] out = new double[draws.chainCount()][];
        for (int c = 0; c < out.length; c++) {
            out[c] = new double[draws.drawCount(c)];
            for (int t = 0; t < out[c].length; t++) {
                double[] row = draws.row(c, t);
                double s = 0;
                for (int k = 0; k < rowI.length; k++) s += row[rowI[k]] * row[rowJ[k]];
                out[c][t] = s;
            }
        }
        return out;
    }
}
