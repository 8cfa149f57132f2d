package org.ppl.io;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.ppl.ad.Shape;

/**
 * Reads columns of a CSV file as one data value ({@code --data NAME=FILE.csv[:col1,col2]}). The
 * first non-blank line is the header; cells are split at commas, with double quotes as RFC 4180
 * has them (a quoted cell must close on its line); blank lines are skipped. Without a column list
 * every column is read; with one, only those columns (by header name, in the order given) must
 * hold numbers, so a text column such as a species name may sit beside them.
 *
 * <p>The result is always an N x C matrix, one row per data row, also when one column is selected
 * (a CSV file is a table). A {@code vector[N]} or {@code int[N]} declaration binds from a single
 * column by viewing that (N, 1) matrix as a vector ({@link DataValue#withShape}); the elements are
 * the same, row-major.
 *
 * <p>With {@code standardise}, each selected column is shifted and scaled to mean 0 and standard
 * deviation 1, the sample standard deviation with denominator N - 1 (R's {@code scale}, pandas'
 * {@code std}; scikit-learn's {@code StandardScaler} divides by N instead).
 *
 * <p>Numbers are decimal ({@code 5}, {@code -0.5}, {@code .5}, {@code 1e-3}) or {@code inf} /
 * {@code -inf}; an empty cell, text, and a missing value ({@code NaN}, {@code NA}) in a selected
 * column are errors at that cell's line and column.
 */
public final class CsvDataReader {
    private CsvDataReader() {}

    /** Reads the file of {@code spec}, relative to the working directory. */
    public static DataValue read(CsvSpec spec, boolean standardise) {
        return read(spec.name(), Path.of(spec.file()), spec.file(), spec.columns(), standardise);
    }

    /** Reads {@code file}; locations call it {@code shown}. */
    public static DataValue read(String name, Path file, String shown, List<String> columns, boolean standardise) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new DataError(SourceLocation.file(shown), name + ": no such file");
        } catch (IOException e) {
            throw new DataError(SourceLocation.file(shown), name + ": cannot read the file: " + e.getMessage());
        }
        return parse(name, text, shown, columns, standardise);
    }

    /** Parses CSV text; {@code file} names it in locations. */
    public static DataValue parse(String name, String text, String file, List<String> columns, boolean standardise) {
        Table table = new Table(name, text, file);
        int[] selected = table.select(columns);
        DataValue value = table.rows(selected);
        return standardise ? Standardise.columns(value, selectedNames(table.header, selected)) : value;
    }

    private static List<String> selectedNames(String[] header, int[] selected) {
        List<String> names = new ArrayList<>();
        for (int j : selected) names.add(header[j]);
        return names;
    }

    /** The lines of the file, its header, and the reading of its data rows. */
    private static final class Table {
        final String name;
        final String text;
        final String file;
        final CsvLine cells = new CsvLine();
        String[] header;
        int headerLine;
        int pos;
        int line;

        Table(String name, String text, String file) {
            this.name = name;
            this.text = text.startsWith("\uFEFF") ? text.substring(1) : text;
            this.file = file;
            String first = nextLine();
            while (first != null && first.isBlank()) first = nextLine();
            if (first == null) throw new DataError(file, 1, 1, name + ": the file is empty; expected a header row");
            headerLine = line;
            split(first);
            header = new String[cells.count()];
            for (int j = 0; j < header.length; j++) header[j] = cells.cell(j);
        }

        /** The next line without its end-of-line characters, or null at the end; advances {@link #line}. */
        String nextLine() {
            if (pos >= text.length()) return null;
            int end = text.indexOf('\n', pos);
            if (end < 0) end = text.length();
            String s = text.substring(pos, end > pos && text.charAt(end - 1) == '\r' ? end - 1 : end);
            pos = end + 1;
            line++;
            return s;
        }

        void split(String s) {
            String problem = cells.split(s);
            if (problem != null) throw new DataError(file, line, cells.errorColumn, name + ": " + problem);
        }

        /** The indices of the requested columns (every column when none are requested). */
        int[] select(List<String> columns) {
            if (columns.isEmpty()) {
                int[] all = new int[header.length];
                for (int j = 0; j < all.length; j++) all[j] = j;
                return all;
            }
            int[] selected = new int[columns.size()];
            for (int c = 0; c < selected.length; c++) selected[c] = find(columns.get(c));
            return selected;
        }

        private int find(String column) {
            int found = -1;
            for (int j = 0; j < header.length; j++) {
                if (!header[j].equals(column)) continue;
                if (found >= 0) {
                    throw new DataError(file, headerLine, 1, name + ": column \"" + column
                            + "\" appears twice in the header (columns " + (found + 1) + " and " + (j + 1) + ")");
                }
                found = j;
            }
            if (found < 0) {
                throw new DataError(file, headerLine, 1, name + ": " + file + " has no column \"" + column
                        + "\"; its columns are " + String.join(", ", header));
            }
            return found;
        }

        /** Reads every data row's selected cells into an N x C matrix. */
        DataValue rows(int[] selected) {
            double[] values = new double[Math.max(16, selected.length * 64)];
            long[] where = new long[values.length];
            int n = 0;
            int rows = 0;
            boolean integer = true;
            for (String s = nextLine(); s != null; s = nextLine()) {
                if (s.isBlank()) continue;
                rows++;
                split(s);
                checkWidth(rows);
                if (n + selected.length > values.length) {
                    values = Arrays.copyOf(values, 2 * values.length + selected.length);
                    where = Arrays.copyOf(where, values.length);
                }
                for (int j : selected) {
                    String cell = cells.cell(j);
                    values[n] = number(cell, j);
                    integer &= NumberText.isDecimal(cell, 0, cell.length())
                            && NumberText.isIntegerText(cell, 0, cell.length());
                    where[n++] = ElementLocations.pack(line, cells.column(j));
                }
            }
            Shape shape = Shape.matrix(rows, selected.length);
            return new DataValue(name, shape, Arrays.copyOf(values, n), integer, new SourceLocation(file, headerLine, 1),
                    new ElementLocations(file, Arrays.copyOf(where, n)));
        }

        private void checkWidth(int row) {
            if (cells.count() == header.length) return;
            int column = cells.count() < header.length ? cells.endColumn() : cells.column(header.length);
            throw new DataError(file, line, column, name + ": row " + row + " has " + cells.count()
                    + (cells.count() == 1 ? " cell" : " cells") + "; the header has " + header.length);
        }

        private double number(String cell, int j) {
            if (cell.isEmpty()) throw cellError(j, "empty cell in column " + header[j]);
            if (NumberText.isDecimal(cell, 0, cell.length())) return NumberText.parse(cell, 0, cell.length());
            Double special = NumberText.special(cell);
            if (special != null && !special.isNaN()) return special;
            if (special != null || cell.equalsIgnoreCase("NA")) {
                throw cellError(j, "\"" + cell + "\" in column " + header[j] + " is a missing value");
            }
            throw cellError(j, "\"" + cell + "\" in column " + header[j] + " is not a number");
        }

        private DataError cellError(int j, String detail) {
            return new DataError(file, line, cells.column(j), name + ": " + detail);
        }
    }
}
