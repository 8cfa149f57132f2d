package org.ppl.cli.summary;

import java.util.List;
import java.util.Locale;
import org.ppl.diagnostics.ConvergenceWarnings;
import org.ppl.diagnostics.Summary;
import org.ppl.diagnostics.SummaryRow;

/**
 * The summary as a table for the terminal: aligned columns; for MCMC, R-hat above 1.01 and bulk
 * or tail ESS below 100 per chain marked with {@code *}; large variables shown by their first
 * elements, any marked ones, and a line for the rest (the CSV file has every row).
 */
public final class SummaryTable {
    private SummaryTable() {}

    public static String format(Summary summary, DrawsKind kind, int chains) {
        return format(summary, kind, chains, "summary.csv");
    }

    /** As {@link #format(Summary, DrawsKind, int)}, for a summary whose every row is in {@code file}. */
    public static String format(Summary summary, DrawsKind kind, int chains, String file) {
        List<SummaryRow> rows = summary.rows();
        double essLimit = ConvergenceWarnings.ESS_PER_CHAIN * chains;
        List<String> names = rows.stream().map(SummaryRow::name).toList();
        List<CompactRows.Line> lines = CompactRows.select(names,
                i -> kind == DrawsKind.MCMC && flagged(rows.get(i), essLimit));
        int width = 4;
        for (CompactRows.Line l : lines) if (!l.elided()) width = Math.max(width, names.get(l.row()).length());
        StringBuilder sb = new StringBuilder();
        sb.append(header(kind, width)).append('\n');
        boolean anyFlag = false;
        for (CompactRows.Line l : lines) {
            if (l.elided()) {
                sb.append(elided(l, rows, kind, essLimit, file)).append('\n');
                continue;
            }
            SummaryRow r = rows.get(l.row());
            anyFlag |= kind == DrawsKind.MCMC && flagged(r, essLimit);
            sb.append(row(r, kind, width, essLimit).stripTrailing()).append('\n');
        }
        if (anyFlag) {
            sb.append(String.format(Locale.ROOT, "* R-hat above %.2f, or ESS below %.0f (%.0f per chain): see the warnings.%n",
                    ConvergenceWarnings.RHAT_THRESHOLD, essLimit, ConvergenceWarnings.ESS_PER_CHAIN));
        }
        return sb.toString();
    }

    static boolean flagged(SummaryRow r, double essLimit) {
        return r.rhat() > ConvergenceWarnings.RHAT_THRESHOLD || r.essBulk() < essLimit || r.essTail() < essLimit;
    }

    private static String header(DrawsKind kind, int width) {
        String name = String.format(Locale.ROOT, "%-" + width + "s", "name");
        return switch (kind) {
            case POINT -> name + String.format(Locale.ROOT, " %10s", "value");
            case APPROXIMATION -> name + String.format(Locale.ROOT, " %10s %10s %10s %10s %10s", "mean", "sd", "q5",
                    "q50", "q95");
            case MCMC -> name + String.format(Locale.ROOT, " %10s %10s %10s %10s %10s %10s %9s  %9s  %7s", "mean", "sd",
                    "q5", "q50", "q95", "mcse_mean", "ess_bulk", "ess_tail", "r_hat");
        };
    }

    private static String row(SummaryRow r, DrawsKind kind, int width, double essLimit) {
        String name = String.format(Locale.ROOT, "%-" + width + "s", r.name());
        if (kind == DrawsKind.POINT) return name + String.format(Locale.ROOT, " %10s", sig(r.mean()));
        String moments = String.format(Locale.ROOT, " %10s %10s %10s %10s %10s", sig(r.mean()), sig(r.sd()),
                sig(r.q5()), sig(r.q50()), sig(r.q95()));
        if (kind == DrawsKind.APPROXIMATION) return name + moments;
        return name + moments + String.format(Locale.ROOT, " %10s %9s%s %9s%s %7s%s", sig(r.mcseMean()),
                whole(r.essBulk()), mark(r.essBulk() < essLimit), whole(r.essTail()), mark(r.essTail() < essLimit),
                fixed(r.rhat()), mark(r.rhat() > ConvergenceWarnings.RHAT_THRESHOLD));
    }

    /** "... 294 more of X (X.4.1 to X.150.2): R-hat up to 1.78, ESS down to 2; every row is in summary.csv". */
    private static String elided(CompactRows.Line l, List<SummaryRow> rows, DrawsKind kind, double essLimit,
            String file) {
        StringBuilder sb = new StringBuilder(String.format(Locale.ROOT, "... %d more of %s (%s to %s)", l.hidden(),
                l.variable(), rows.get(l.from()).name(), rows.get(l.to() - 1).name()));
        if (kind == DrawsKind.MCMC) {
            double maxRhat = Double.NaN;
            double minEss = Double.NaN;
            for (int i = l.from(); i < l.to(); i++) {
                SummaryRow r = rows.get(i);
                if (!(maxRhat >= r.rhat())) maxRhat = Double.isNaN(r.rhat()) ? maxRhat : r.rhat();
                double ess = Math.min(r.essBulk(), r.essTail());
                if (!(minEss <= ess)) minEss = Double.isNaN(ess) ? minEss : ess;
            }
            sb.append(String.format(Locale.ROOT, ": R-hat up to %s, ESS down to %s", fixed(maxRhat), whole(minEss)));
        }
        return sb.append("; every row is in ").append(file).toString();
    }

    private static String mark(boolean flag) {
        return flag ? "*" : " ";
    }

    /** Three significant digits; scientific notation for very large or small values. */
    static String sig(double x) {
        if (Double.isNaN(x)) return "NA";
        if (Double.isInfinite(x)) return x > 0 ? "inf" : "-inf";
        if (x == 0) return "0";
        double a = Math.abs(x);
        if (a >= 1e5 || a < 1e-3) return String.format(Locale.ROOT, "%.2e", x);
        String s = String.format(Locale.ROOT, "%.3g", x);
        if (s.contains(".")) s = s.replaceAll("0+$", "").replaceAll("\\.$", "");
        return s;
    }

    static String whole(double x) {
        return Double.isNaN(x) ? "NA" : String.format(Locale.ROOT, "%.0f", x);
    }

    static String fixed(double x) {
        return Double.isNaN(x) ? "NA" : String.format(Locale.ROOT, "%.3f", x);
    }
}
