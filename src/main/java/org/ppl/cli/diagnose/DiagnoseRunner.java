package org.ppl.cli.diagnose;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import org.ppl.cli.load.LoadedModel;
import org.ppl.cli.summary.CompactRows;
import org.ppl.infer.DensityPoint;
import org.ppl.infer.Initialisation;
import org.ppl.infer.RandomStream;
import org.ppl.model.Model;

/**
 * CmdStan's {@code diagnose}: the time of one gradient evaluation (the median of many), then the
 * gradient at a random point against finite differences, coordinate by coordinate, with the
 * disagreements marked. Large variables show their first coordinates and every marked one.
 */
public final class DiagnoseRunner {
    private final PrintWriter out;

    public DiagnoseRunner(PrintWriter out) {
        this.out = out;
    }

    /** Prints the diagnosis and returns it. */
    public FiniteDifferences.Result run(LoadedModel loaded, long seed, double epsilon, double threshold) {
        Model model = loaded.newModel();
        DensityPoint p = Initialisation.random(model, RandomStream.of(seed), Initialisation.DEFAULT_RADIUS);
        GradientTiming.Timing t = GradientTiming.measure(model, p.position(), 10, 1000, 1.0);
        out.println(String.format(Locale.ROOT, "Gradient evaluation took %s seconds (the median of %d).",
                GradientTiming.significant(t.medianSeconds()), t.evaluations()));
        out.println(String.format(Locale.ROOT, "1000 transitions using 10 leapfrog steps per transition would take %s "
                + "seconds.", GradientTiming.significant(t.medianSeconds() * 10_000)));
        out.println();
        FiniteDifferences.Result r = FiniteDifferences.compare(model, p.position(), epsilon, threshold);
        out.println(String.format(Locale.ROOT, "The gradient at a random point (uniform(-2, 2) on the unconstrained "
                + "scale, seed %d), where the log density is %s, against finite differences (h = %s):", seed,
                number(r.logDensity()), number(epsilon)));
        out.print(table(r));
        long flagged = r.flaggedCount();
        if (flagged == 0) {
            out.println(String.format(Locale.ROOT, "All %d gradient components agree with finite differences (error "
                    + "at most %s x max(1, |gradient|)).", r.comparisons().size(), number(threshold)));
        } else {
            out.println(String.format(Locale.ROOT, "Warning: %d of %d gradient components differ from finite "
                    + "differences by more than %s x max(1, |gradient|) (marked *). Where the density is smooth this "
                    + "means a wrong gradient; near a boundary or a kink, finite differences may be what is wrong.",
                    flagged, r.comparisons().size(), number(threshold)));
        }
        out.flush();
        return r;
    }

    static String table(FiniteDifferences.Result r) {
        List<FiniteDifferences.Comparison> rows = r.comparisons();
        List<String> names = rows.stream().map(FiniteDifferences.Comparison::name).toList();
        List<CompactRows.Line> lines = CompactRows.select(names, i -> rows.get(i).flagged());
        int width = 9;
        for (CompactRows.Line l : lines) if (!l.elided()) width = Math.max(width, names.get(l.row()).length());
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "%-" + width + "s %14s %14s %14s %12s%n", "parameter", "value", "model",
                "finite diff", "error"));
        for (CompactRows.Line l : lines) {
            if (l.elided()) {
                double worst = 0;
                for (int i = l.from(); i < l.to(); i++) worst = Math.max(worst, Math.abs(rows.get(i).error()));
                sb.append(String.format(Locale.ROOT, "... %d more of %s (%s to %s), all within tolerance (largest "
                        + "error %s)%n", l.hidden(), l.variable(), names.get(l.from()), names.get(l.to() - 1),
                        number(worst)));
                continue;
            }
            FiniteDifferences.Comparison c = rows.get(l.row());
            sb.append(String.format(Locale.ROOT, "%-" + width + "s %14s %14s %14s %12s%s%n", c.name(), number(c.value()),
                    number(c.model()), number(c.finite()), number(c.error()), c.flagged() ? " *" : ""));
        }
        return sb.toString();
    }

    static String number(double x) {
        if (x == 0) return "0";
        if (!Double.isFinite(x)) return Double.isNaN(x) ? "NaN" : x > 0 ? "inf" : "-inf";
        double a = Math.abs(x);
        if (a >= 1e6 || a < 1e-3) return String.format(Locale.ROOT, "%.4e", x);
        String s = String.format(Locale.ROOT, "%.6g", x);
        return s.contains(".") ? s.replaceAll("0+$", "").replaceAll("\\.$", "") : s;
    }
}
