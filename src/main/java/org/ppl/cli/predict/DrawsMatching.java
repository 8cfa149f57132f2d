package org.ppl.cli.predict;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ppl.cli.UserError;
import org.ppl.infer.Draws;

/**
 * The parameters of a model read out of a finished run's draws, by column name. Draws of another
 * model (a parameter missing, or of another shape) are refused with a sentence that names the
 * first mismatch.
 */
final class DrawsMatching {
    private DrawsMatching() {}

    /** The draws' rows as the model's parameter values, in the order of {@code parameters}, chain after chain. */
    static double[][] parameters(Draws draws, List<String> parameters, Path folder, String model) {
        int[] index = new int[parameters.size()];
        for (int k = 0; k < index.length; k++) {
            index[k] = draws.indexOf(parameters.get(k));
            if (index[k] < 0) {
                throw new UserError("ppl: the draws in " + folder + " are not of the model " + model + ": they have no column "
                        + parameters.get(k) + " (run 'ppl predict' with the model and data the draws were made with)");
            }
        }
        checkShapes(draws.names(), parameters, folder, model);
        double[][] rows = new double[draws.totalDraws()][parameters.size()];
        int r = 0;
        for (int c = 0; c < draws.chainCount(); c++) {
            for (int i = 0; i < draws.drawCount(c); i++, r++) {
                double[] row = draws.row(c, i);
                for (int k = 0; k < index.length; k++) rows[r][k] = row[index[k]];
            }
        }
        return rows;
    }

    /** A column such as X.1.3 for a parameter X whose elements end at X.150.2 means the draws have another shape. */
    private static void checkShapes(List<String> columns, List<String> parameters, Path folder, String model) {
        Set<String> expected = new HashSet<>(parameters);
        Map<String, String> variables = new HashMap<>();
        for (String p : parameters) variables.putIfAbsent(base(p), p);
        for (String c : columns) {
            if (variables.containsKey(base(c)) && !expected.contains(c)) {
                throw new UserError("ppl: the draws in " + folder + " are not of the model " + model + ": their column " + c
                        + " is not an element of " + base(c) + " as the model and data make it (run 'ppl predict' with the "
                        + "data and --set values the draws were made with)");
            }
        }
    }

    private static String base(String column) {
        int dot = column.indexOf('.');
        return dot < 0 ? column : column.substring(0, dot);
    }
}
