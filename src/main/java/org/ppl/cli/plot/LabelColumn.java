package org.ppl.cli.plot;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.ppl.cli.UserError;
import org.ppl.io.CsvSpec;
import org.ppl.io.DataError;

/**
 * The labels of {@code --color-by NAME=FILE.csv:col}: one column of a CSV file with a header, one
 * label per data row, read as text (so {@code setosa} and {@code 0} are both labels).
 *
 * @param name the NAME, shown as the legend's heading
 * @param labels one per data row
 */
record LabelColumn(String name, List<String> labels) {
    static LabelColumn read(String argument) {
        CsvSpec spec;
        try {
            spec = CsvSpec.parse(argument);
        } catch (DataError e) {
            throw new UserError("ppl: --color-by " + argument + ": expected NAME=FILE.csv:column");
        }
        if (spec.columns().size() != 1) {
            throw new UserError("ppl: --color-by " + argument + ": name one column after the file, as in "
                    + "species=iris.csv:species");
        }
        String column = spec.columns().get(0);
        List<String> lines;
        try {
            lines = Files.readAllLines(Path.of(spec.file()), StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new UserError("ppl: --color-by: " + spec.file() + ": no such file");
        } catch (IOException e) {
            throw new UserError("ppl: --color-by: " + spec.file() + ": cannot read the file: " + e.getMessage());
        }
        List<String> rows = lines.stream().filter(l -> !l.isBlank()).toList();
        if (rows.isEmpty()) throw new UserError("ppl: --color-by: " + spec.file() + " is empty");
        List<String> header = cells(rows.get(0));
        int j = header.indexOf(column);
        if (j < 0) {
            throw new UserError("ppl: --color-by: " + spec.file() + " has no column '" + column + "'; its columns are "
                    + String.join(", ", header));
        }
        List<String> labels = new ArrayList<>();
        for (int i = 1; i < rows.size(); i++) {
            List<String> c = cells(rows.get(i));
            if (j >= c.size()) {
                throw new UserError("ppl: --color-by: " + spec.file() + ":" + (lines.indexOf(rows.get(i)) + 1)
                        + ": the row has no column '" + column + "'");
            }
            labels.add(c.get(j));
        }
        return new LabelColumn(spec.name(), labels);
    }

    /** The legend entry of a label: {@code species 0} for a number, the label itself otherwise. */
    String legend(String label) {
        return label.matches("[+-]?\\d+(\\.\\d*)?") ? name + " " + label : label;
    }

    /** Cells split at commas, with RFC 4180 double quotes. */
    static List<String> cells(String line) {
        List<String> out = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char ch = line.charAt(i);
            if (quoted) {
                if (ch == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (ch == '"') {
                    quoted = false;
                } else {
                    cell.append(ch);
                }
            } else if (ch == '"') {
                quoted = true;
            } else if (ch == ',') {
                out.add(cell.toString().strip());
                cell.setLength(0);
            } else {
                cell.append(ch);
            }
        }
        out.add(cell.toString().strip());
        return out;
    }
}
