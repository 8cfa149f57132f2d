package org.ppl.io.stancsv;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads Stan CSV as CmdStan and {@link StanCsvWriter} write it: comment lines start with '#'; the
 * first other line names the columns; later other lines are draws. The header comments give
 * settings ({@code key = value}, nested by indentation, "(Default)" dropped); after the column
 * names come the adaptation block and, at the end, the elapsed times.
 */
public final class StanCsvReader {
    private final Map<String, String> config = new LinkedHashMap<>();
    private final List<String> sectionPath = new ArrayList<>();
    private final List<Integer> sectionIndent = new ArrayList<>();
    private List<String> columns;
    private final List<double[]> rows = new ArrayList<>();
    private double[][] warmupRows = new double[0][];
    private Double stepSize;
    private final List<double[]> metricRows = new ArrayList<>();
    private boolean denseMetric;
    /** Metric rows still to come after the metric heading; -1 for a dense metric before its first row. */
    private int metricLinesExpected;
    private double warmupSeconds = Double.NaN;
    private double samplingSeconds = Double.NaN;
    private boolean interrupted;
    private int lineNumber;

    private StanCsvReader() {}

    public static StanCsvFile read(Path path) throws IOException {
        try (Reader r = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
            return read(r);
        }
    }

    public static StanCsvFile read(Reader reader) throws IOException {
        StanCsvReader parser = new StanCsvReader();
        BufferedReader in = reader instanceof BufferedReader b ? b : new BufferedReader(reader);
        String line;
        while ((line = in.readLine()) != null) parser.line(line);
        return parser.result();
    }

    private void line(String line) {
        lineNumber++;
        if (line.isBlank()) return;
        if (line.startsWith("#")) {
            comment(line.substring(1));
        } else if (columns == null) {
            columns = List.of(line.trim().split(",", -1));
        } else {
            rows.add(draw(line));
        }
    }

    private double[] draw(String line) {
        String[] parts = line.split(",", -1);
        if (parts.length != columns.size()) {
            throw new IllegalArgumentException("line " + lineNumber + ": " + parts.length + " values for "
                    + columns.size() + " columns");
        }
        double[] row = new double[parts.length];
        try {
            for (int j = 0; j < parts.length; j++) row[j] = StanCsvNumbers.parse(parts[j]);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("line " + lineNumber + ": not a number: " + e.getMessage());
        }
        return row;
    }

    private void comment(String text) {
        if (columns == null) {
            setting(text);
            return;
        }
        String t = text.trim();
        if (metricLinesExpected != 0) {
            double[] values = numbers(t);
            metricRows.add(values);
            // A dense metric has as many rows as its first row has values.
            metricLinesExpected = metricLinesExpected < 0 ? values.length - 1 : metricLinesExpected - 1;
            return;
        }
        if (t.equals("Adaptation terminated")) {
            // Draws before the adaptation block were warmup draws (save_warmup = 1).
            warmupRows = rows.toArray(new double[0][]);
            rows.clear();
        } else if (t.startsWith("Step size =")) {
            stepSize = StanCsvNumbers.parse(t.substring(t.indexOf('=') + 1));
        } else if (t.startsWith("Diagonal elements of inverse mass matrix")) {
            metricLinesExpected = 1;
        } else if (t.startsWith("Elements of inverse mass matrix")) {
            denseMetric = true;
            metricLinesExpected = -1;
        } else if (t.startsWith("Elapsed Time:")) {
            warmupSeconds = seconds(t.substring("Elapsed Time:".length()));
        } else if (t.endsWith("seconds (Sampling)")) {
            samplingSeconds = seconds(t);
        } else if (t.startsWith("Interrupted")) {
            interrupted = true;
        }
    }

    private static double seconds(String t) {
        String s = t.trim();
        return Double.parseDouble(s.substring(0, s.indexOf(' ')));
    }

    private static double[] numbers(String t) {
        String[] parts = t.split(",");
        double[] out = new double[parts.length];
        for (int k = 0; k < parts.length; k++) out[k] = StanCsvNumbers.parse(parts[k]);
        return out;
    }

    private void setting(String text) {
        int indent = 0;
        while (indent < text.length() && text.charAt(indent) == ' ') indent++;
        String t = text.trim();
        if (t.isEmpty()) return;
        while (!sectionIndent.isEmpty() && sectionIndent.get(sectionIndent.size() - 1) >= indent) {
            sectionIndent.remove(sectionIndent.size() - 1);
            sectionPath.remove(sectionPath.size() - 1);
        }
        int eq = t.indexOf('=');
        String key = (eq < 0 ? t : t.substring(0, eq)).trim();
        if (key.contains(" ")) return; // free text, not a setting
        if (eq >= 0) {
            String value = t.substring(eq + 1).trim();
            if (value.endsWith("(Default)")) value = value.substring(0, value.length() - "(Default)".length()).trim();
            String path = sectionPath.isEmpty() ? key : String.join(".", sectionPath) + "." + key;
            config.putIfAbsent(key, value);
            config.put(path, value);
        }
        sectionPath.add(key);
        sectionIndent.add(indent);
    }

    private StanCsvFile result() {
        if (columns == null) throw new IllegalArgumentException("no column names: not a Stan CSV file");
        double[] metric = null;
        if (!metricRows.isEmpty()) {
            int total = 0;
            for (double[] r : metricRows) total += r.length;
            metric = new double[total];
            int k = 0;
            for (double[] r : metricRows) {
                System.arraycopy(r, 0, metric, k, r.length);
                k += r.length;
            }
        }
        return new StanCsvFile(Map.copyOf(config), columns, warmupRows, rows.toArray(new double[0][]), stepSize, metric,
                denseMetric, warmupSeconds, samplingSeconds, interrupted);
    }
}
