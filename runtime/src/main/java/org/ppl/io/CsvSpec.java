package org.ppl.io;

import java.util.ArrayList;
import java.util.List;

/**
 * The command-line form {@code NAME=FILE.csv[:col1,col2]}: bind the columns of a CSV file (all of
 * them when none are named) to the data name NAME.
 *
 * @param columns the selected column names in order; empty for every column
 */
public record CsvSpec(String name, String file, List<String> columns) {
    public CsvSpec {
        columns = List.copyOf(columns);
    }

    /** Whether {@code argument} has the form NAME=... (an identifier and '='), rather than a file name. */
    public static boolean looksLikeSpec(String argument) {
        int eq = argument.indexOf('=');
        return eq > 0 && isIdentifier(argument.substring(0, eq));
    }

    /**
     * Parses {@code NAME=FILE[:col1,col2]}. The column list follows the last ':' unless that part
     * holds a path separator (a Windows drive letter, {@code C:\data\y.csv}).
     *
     * @throws DataError (without a location) when the argument is not of that form
     */
    public static CsvSpec parse(String argument) {
        int eq = argument.indexOf('=');
        if (eq <= 0 || !isIdentifier(argument.substring(0, eq))) {
            throw new DataError("--data " + argument + ": expected NAME=FILE.csv[:col1,col2]");
        }
        String name = argument.substring(0, eq);
        String rest = argument.substring(eq + 1);
        String file = rest;
        List<String> columns = new ArrayList<>();
        int colon = rest.lastIndexOf(':');
        if (colon >= 0) {
            String tail = rest.substring(colon + 1);
            if (tail.indexOf('/') < 0 && tail.indexOf('\\') < 0) {
                file = rest.substring(0, colon);
                for (String c : tail.split(",", -1)) {
                    String column = c.trim();
                    if (column.isEmpty()) {
                        throw new DataError("--data " + argument + ": an empty column name");
                    }
                    columns.add(column);
                }
            }
        }
        if (file.isEmpty()) {
            throw new DataError("--data " + argument + ": no file after " + name + "=");
        }
        return new CsvSpec(name, file, columns);
    }

    private static boolean isIdentifier(String s) {
        if (s.isEmpty() || !(Character.isLetter(s.charAt(0)) || s.charAt(0) == '_')) return false;
        for (int i = 1; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!(Character.isLetterOrDigit(c) || c == '_')) return false;
        }
        return true;
    }

    @Override
    public String toString() {
        return name + "=" + file + (columns.isEmpty() ? "" : ":" + String.join(",", columns));
    }
}
