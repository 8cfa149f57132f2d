package org.ppl.diagnostics;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.ppl.infer.Draws;

/**
 * The summary table of a run: a row per scalar (lp__ and the model's values; not the other
 * sampler columns), printed as a table and written as CSV with the columns {@code name, mean, sd,
 * q5, q50, q95, mcse_mean, ess_bulk, ess_tail, r_hat}. Chains are cut to the shortest first.
 */
public record Summary(List<SummaryRow> rows) {
    public static final List<String> CSV_COLUMNS = List.of("name", "mean", "sd", "q5", "q50", "q95", "mcse_mean",
            "ess_bulk", "ess_tail", "r_hat");

    public Summary {
        rows = List.copyOf(rows);
    }

    public static Summary of(Draws draws) {
        Draws equal = draws.trimmedToShortest();
        List<String> names = new ArrayList<>();
        if (equal.has("lp__")) names.add("lp__");
        names.addAll(equal.parameterNames());
        List<SummaryRow> rows = new ArrayList<>(names.size());
        for (String name : names) rows.add(SummaryRow.of(name, equal.column(name)));
        return new Summary(rows);
    }

    /** The row of {@code name}, or null. */
    public SummaryRow row(String name) {
        for (SummaryRow r : rows) {
            if (r.name().equals(name)) return r;
        }
        return null;
    }

    /** Minimum bulk ESS over the rows (NaN rows ignored; NaN if none). */
    public double minEssBulk() {
        double min = Double.NaN;
        for (SummaryRow r : rows) {
            if (!Double.isNaN(r.essBulk()) && !(min <= r.essBulk())) min = r.essBulk();
        }
        return min;
    }

    /** Maximum R-hat over the rows (NaN rows ignored; NaN if none). */
    public double maxRhat() {
        double max = Double.NaN;
        for (SummaryRow r : rows) {
            if (!Double.isNaN(r.rhat()) && !(max >= r.rhat())) max = r.rhat();
        }
        return max;
    }

    /** A fixed-width table for the terminal. */
    public String format() {
        int width = 4;
        for (SummaryRow r : rows) width = Math.max(width, r.name().length());
        StringBuilder sb = new StringBuilder();
        String head = "%-" + width + "s %10s %10s %10s %10s %10s %10s %9s %9s %7s%n";
        sb.append(String.format(Locale.ROOT, head, "name", "mean", "sd", "q5", "q50", "q95", "mcse_mean", "ess_bulk",
                "ess_tail", "r_hat"));
        String line = "%-" + width + "s %10s %10s %10s %10s %10s %10s %9s %9s %7s%n";
        for (SummaryRow r : rows) {
            sb.append(String.format(Locale.ROOT, line, r.name(), sig(r.mean()), sig(r.sd()), sig(r.q5()), sig(r.q50()),
                    sig(r.q95()), sig(r.mcseMean()), whole(r.essBulk()), whole(r.essTail()), fixed(r.rhat())));
        }
        return sb.toString();
    }

    /** Writes the CSV to a temporary file beside {@code path} and renames it into place. */
    public void writeCsv(Path path) throws IOException {
        Path dir = path.toAbsolutePath().getParent();
        Path tmp = Files.createTempFile(dir, path.getFileName().toString(), ".part");
        try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
            writeCsv(w);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(tmp);
            throw e;
        }
        Files.move(tmp, path, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    public void writeCsv(Writer w) throws IOException {
        w.write(String.join(",", CSV_COLUMNS));
        w.write('\n');
        for (SummaryRow r : rows) {
            double[] v = {r.mean(), r.sd(), r.q5(), r.q50(), r.q95(), r.mcseMean(), r.essBulk(), r.essTail(), r.rhat()};
            w.write(csvName(r.name()));
            for (double x : v) {
                w.write(',');
                w.write(Double.isNaN(x) ? "NA" : Double.toString(x));
            }
            w.write('\n');
        }
    }

    private static String csvName(String name) {
        if (name.indexOf(',') < 0 && name.indexOf('"') < 0) return name;
        return '"' + name.replace("\"", "\"\"") + '"';
    }

    private static String sig(double x) {
        if (Double.isNaN(x)) return "NA";
        if (x == 0) return "0";
        double a = Math.abs(x);
        if (a >= 1e5 || a < 1e-3) return String.format(Locale.ROOT, "%.2e", x);
        return String.format(Locale.ROOT, "%.3g", x).replaceAll("(\\.\\d*?)0+$", "$1").replaceAll("\\.$", "");
    }

    private static String whole(double x) {
        return Double.isNaN(x) ? "NA" : String.format(Locale.ROOT, "%.0f", x);
    }

    private static String fixed(double x) {
        return Double.isNaN(x) ? "NA" : String.format(Locale.ROOT, "%.3f", x);
    }
}
