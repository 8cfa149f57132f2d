package org.ppl.cli.plot;

import java.util.ArrayList;
import java.util.List;
import org.ppl.cli.UserError;
import org.ppl.infer.Draws;

/**
 * A 2-D latent matrix in the draws (the GP-LVM's X, columns {@code X.1.1} to {@code X.N.Q}): its
 * shape and, for the draws of one chain (or all draws of a fit), the (row, column) values.
 */
record LatentMatrix(String name, int rows, int columns, int[] columnIndex) {
    /** Finds {@code name}'s elements; they must be a matrix with at least two columns. */
    static LatentMatrix find(Draws draws, String name) {
        List<String> elements = new ArrayList<>();
        for (String n : draws.names()) if (n.startsWith(name + ".")) elements.add(n);
        if (elements.isEmpty()) {
            throw new UserError("ppl: the draws have no " + name + "; name the latent matrix with --param; the draws have "
                    + String.join(", ", ParameterSelection.variables(draws).keySet()));
        }
        int rows = 0;
        int cols = 0;
        for (String e : elements) {
            String[] idx = e.substring(name.length() + 1).split("\\.");
            if (idx.length != 2) {
                throw new UserError("ppl: " + name + " is not a matrix (its elements look like " + e + ")");
            }
            rows = Math.max(rows, Integer.parseInt(idx[0]));
            cols = Math.max(cols, Integer.parseInt(idx[1]));
        }
        if (cols < 2) throw new UserError("ppl: " + name + " has one column; a latent plot needs two");
        int[] index = new int[rows * cols];
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < cols; j++) {
                index[i * cols + j] = draws.indexOf(name + "." + (i + 1) + "." + (j + 1));
                if (index[i * cols + j] < 0) throw new UserError("ppl: " + name + " misses " + name + "." + (i + 1) + "." + (j + 1));
            }
        }
        return new LatentMatrix(name, rows, cols, index);
    }

    /** Element (i, j) of draw {@code d} of chain {@code c}. */
    double value(Draws draws, int c, int d, int i, int j) {
        return draws.row(c, d)[columnIndex[i * columns + j]];
    }
}
