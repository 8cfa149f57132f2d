package org.ppl.validation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A reference posterior summary as posteriordb's reference draws give it (a CSV with the columns
 * {@code parameter, mean, sd, ...}), with each parameter renamed from Stan's spelling
 * ({@code beta[1]}, {@code Sigma[2,1]}) to ours ({@code beta.1}, {@code Sigma.2.1}); both are 1-based.
 */
record ReferenceSummary(String posterior, List<Entry> entries) {
    /** The reference mean and standard deviation of one scalar, under our name. */
    record Entry(String name, double mean, double sd) {}

    ReferenceSummary {
        entries = List.copyOf(entries);
    }

    /** Reads {@code reference/POSTERIOR.summary.csv} from a posteriordb folder. */
    static ReferenceSummary read(Path posteriordb, String posterior) {
        Path file = posteriordb.resolve("reference").resolve(posterior + ".summary.csv");
        List<String> lines;
        try {
            lines = Files.readAllLines(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<String> header = List.of(lines.get(0).split(","));
        int name = column(header, "parameter", file);
        int mean = column(header, "mean", file);
        int sd = column(header, "sd", file);
        List<Entry> entries = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            if (line.isBlank()) continue;
            String[] cells = splitOutsideBrackets(line);
            entries.add(new Entry(ourName(cells[name]), Double.parseDouble(cells[mean]), Double.parseDouble(cells[sd])));
        }
        return new ReferenceSummary(posterior, entries);
    }

    /** {@code beta[1]} → {@code beta.1}, {@code Sigma[2,1]} → {@code Sigma.2.1}; plain names unchanged. */
    static String ourName(String stanName) {
        String s = stanName.strip();
        if (s.startsWith("\"") && s.endsWith("\"")) s = s.substring(1, s.length() - 1);
        int open = s.indexOf('[');
        if (open < 0) return s;
        if (!s.endsWith("]")) throw new IllegalArgumentException("not a Stan element name: " + stanName);
        String[] indices = s.substring(open + 1, s.length() - 1).split(",");
        StringBuilder out = new StringBuilder(s.substring(0, open));
        for (String i : indices) out.append('.').append(Integer.parseInt(i.strip()));
        return out.toString();
    }

    private static int column(List<String> header, String name, Path file) {
        int i = header.indexOf(name);
        if (i < 0) throw new IllegalArgumentException(file + " has no column " + name + ": " + header);
        return i;
    }

    /** Splits a CSV line at commas, keeping {@code Sigma[2,1]} (quoted or not) in one cell. */
    private static String[] splitOutsideBrackets(String line) {
        List<String> cells = new ArrayList<>();
        int depth = 0;
        boolean quoted = false;
        StringBuilder cell = new StringBuilder();
        for (char c : line.toCharArray()) {
            if (c == '"') quoted = !quoted;
            if (c == '[') depth++;
            if (c == ']') depth--;
            if (c == ',' && depth == 0 && !quoted) {
                cells.add(cell.toString());
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        cells.add(cell.toString());
        return cells.toArray(new String[0]);
    }
}
