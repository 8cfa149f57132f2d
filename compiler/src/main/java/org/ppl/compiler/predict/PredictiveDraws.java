package org.ppl.compiler.predict;

import java.util.List;

/**
 * Draws of the predictive step, one row per draw over named columns (Stan CSV's names:
 * {@code y_rep.3}, {@code X.1.2}).
 *
 * @param columns the column names
 * @param integerValues the values (by name, as {@code y_rep}) whose draws are integers
 * @param rows the draws; a row whose predictive values could not be computed holds NaN there
 * @param failed how many rows could not be computed whole
 * @param firstFailure why the first of them failed, or null
 */
public record PredictiveDraws(List<String> columns, List<String> integerValues, double[][] rows, int failed,
        String firstFailure) {
    public PredictiveDraws {
        columns = List.copyOf(columns);
        integerValues = List.copyOf(integerValues);
    }

    /** The column named {@code name} over the draws. */
    public double[] column(String name) {
        int j = columns.indexOf(name);
        if (j < 0) throw new IllegalArgumentException("no column " + name);
        double[] out = new double[rows.length];
        for (int i = 0; i < rows.length; i++) out[i] = rows[i][j];
        return out;
    }
}
