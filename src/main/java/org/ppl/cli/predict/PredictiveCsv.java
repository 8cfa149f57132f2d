package org.ppl.cli.predict;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import org.ppl.io.stancsv.StanCsvNumbers;

/**
 * The predictive step's file in Stan CSV's layout (header comments, the column names, one line per
 * draw), so ArviZ, {@code posterior} and CmdStan's readers take it. Numbers as Stan CSV writes
 * them: integers (the draws of a discrete term) without a decimal point.
 */
final class PredictiveCsv {
    private PredictiveCsv() {}

    /** {@code header} lines as comments, then {@code leading} columns of each row before its values. */
    static void write(Writer w, List<String> header, List<String> leadingColumns, double[][] leading, List<String> columns,
            double[][] rows) throws IOException {
        for (String line : header) w.write("# " + line + "\n");
        StringBuilder names = new StringBuilder();
        for (String c : leadingColumns) names.append(c).append(',');
        w.write(names.append(String.join(",", columns)).append('\n').toString());
        StringBuilder line = new StringBuilder();
        for (int r = 0; r < rows.length; r++) {
            line.setLength(0);
            for (double v : leading[r]) line.append(StanCsvNumbers.format(v)).append(',');
            double[] row = rows[r];
            for (int j = 0; j < row.length; j++) {
                if (j > 0) line.append(',');
                line.append(StanCsvNumbers.format(row[j]));
            }
            w.write(line.append('\n').toString());
        }
    }
}
