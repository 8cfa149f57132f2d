package org.ppl.cli.fit;

import java.io.PrintWriter;
import java.util.Locale;
import org.ppl.infer.optimize.IterationInfo;
import org.ppl.infer.optimize.OptimizationListener;
import org.ppl.infer.vi.AdviListener;
import org.ppl.infer.vi.ElboEvaluation;

/**
 * Progress of ADVI and MAP as plain lines on standard error: ADVI's step-size search and each ELBO
 * estimate with its relative change (as Stan prints them); L-BFGS's iterations with the log
 * density and its relative change, every iteration at first and sparser later.
 */
final class FitProgress {
    private FitProgress() {}

    static AdviListener advi(PrintWriter err) {
        return new AdviListener() {
            private boolean searching;
            private boolean ascending;

            @Override
            public void etaTried(double eta, double elbo) {
                if (!searching) {
                    err.println("Step-size search:");
                    searching = true;
                }
                err.println(String.format(Locale.ROOT, "  eta %-6s ELBO %s", number(eta), number(elbo)));
                err.flush();
            }

            @Override
            public void elboEvaluated(ElboEvaluation e) {
                if (!ascending) {
                    err.println(String.format(Locale.ROOT, "%10s %14s %16s %16s", "iteration", "ELBO",
                            "relative change", "mean / median"));
                    ascending = true;
                }
                err.println(String.format(Locale.ROOT, "%10d %14s %16s %8s / %-8s", e.iteration(), number(e.elbo()),
                        number(e.relativeChange()), number(e.meanRelativeChange()), number(e.medianRelativeChange())));
                err.flush();
            }
        };
    }

    static OptimizationListener map(PrintWriter err) {
        return new OptimizationListener() {
            private boolean started;

            @Override
            public void iteration(IterationInfo info) {
                int k = info.iteration();
                if (!(k <= 10 || (k <= 100 && k % 10 == 0) || k % 100 == 0)) return;
                if (!started) {
                    err.println(String.format(Locale.ROOT, "%10s %16s %16s %14s", "iteration", "log density",
                            "relative change", "gradient norm"));
                    started = true;
                }
                err.println(String.format(Locale.ROOT, "%10d %16s %16s %14s%s", k, number(info.value()),
                        number(info.relativeChange()), number(info.gradientNorm()),
                        info.note().isEmpty() ? "" : "  " + info.note()));
                err.flush();
            }
        };
    }

    static String number(double x) {
        if (Double.isNaN(x)) return "NaN";
        if (Double.isInfinite(x)) return x > 0 ? "inf" : "-inf";
        double a = Math.abs(x);
        if (x != 0 && (a >= 1e6 || a < 1e-3)) return String.format(Locale.ROOT, "%.3e", x);
        String s = String.format(Locale.ROOT, "%.4g", x);
        return s.contains(".") ? s.replaceAll("0+$", "").replaceAll("\\.$", "") : s;
    }
}
