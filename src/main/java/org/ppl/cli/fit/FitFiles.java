package org.ppl.cli.fit;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Locale;
import org.ppl.infer.vi.ApproximateDraws;
import org.ppl.infer.vi.ElboEvaluation;
import org.ppl.io.stancsv.StanCsvNumbers;

/**
 * The files of {@code ppl fit}, in the layouts {@code ppl summary} and {@code ppl plot} read:
 * {@code draws.csv} as Stan CSV (header comments, then {@code lp__} and the model's values, so the
 * NUTS tools read it), the ELBO trace, and the fitted Gaussian's mean and sd per unconstrained
 * coordinate.
 */
final class FitFiles {
    private FitFiles() {}

    /** Columns before the model's values for draws from an approximation, as CmdStan's variational output. */
    static final List<String> APPROXIMATION_COLUMNS = List.of("lp__", "log_p__", "log_g__");

    /**
     * Draws from an approximation: {@code lp__} and {@code log_p__} are the model's log density
     * (Jacobian included), {@code log_g__} the approximation's, then the constrained values.
     */
    static void approximateDraws(Writer w, List<String> header, ApproximateDraws draws) throws IOException {
        comments(w, header);
        w.write(String.join(",", APPROXIMATION_COLUMNS) + "," + String.join(",", draws.constrainedNames()) + "\n");
        for (int d = 0; d < draws.size(); d++) {
            double lp = draws.logDensity()[d];
            row(w, new double[] {lp, lp, draws.logApproximation()[d]}, draws.constrained()[d]);
        }
    }

    /** The MAP point: {@code lp__} (the log density maximised) and the constrained values. */
    static void point(Writer w, List<String> header, List<String> names, double logDensity, double[] constrained)
            throws IOException {
        comments(w, header);
        w.write("lp__," + String.join(",", names) + "\n");
        row(w, new double[] {logDensity}, constrained);
    }

    /** {@code iteration,elbo,relative_change,mean_relative_change,median_relative_change,seconds}. */
    static void elboTrace(Writer w, List<ElboEvaluation> trace) throws IOException {
        w.write("iteration,elbo,relative_change,mean_relative_change,median_relative_change,seconds\n");
        for (ElboEvaluation e : trace) {
            w.write(String.format(Locale.ROOT, "%d,%s,%s,%s,%s,%s%n", e.iteration(), StanCsvNumbers.format(e.elbo()),
                    StanCsvNumbers.format(e.relativeChange()), StanCsvNumbers.format(e.meanRelativeChange()),
                    StanCsvNumbers.format(e.medianRelativeChange()), StanCsvNumbers.format(e.seconds())));
        }
    }

    /** {@code name,mean,sd}: the fitted Gaussian on the unconstrained scale. */
    static void approximation(Writer w, List<String> names, double[] mean, double[] sd) throws IOException {
        w.write("name,mean,sd\n");
        for (int i = 0; i < names.size(); i++) {
            w.write(names.get(i) + "," + StanCsvNumbers.format(mean[i]) + "," + StanCsvNumbers.format(sd[i]) + "\n");
        }
    }

    private static void comments(Writer w, List<String> header) throws IOException {
        for (String line : header) w.write("# " + line + "\n");
    }

    private static void row(Writer w, double[] first, double[] rest) throws IOException {
        StringBuilder sb = new StringBuilder();
        for (double v : first) sb.append(sb.length() == 0 ? "" : ",").append(StanCsvNumbers.format(v));
        for (double v : rest) sb.append(',').append(StanCsvNumbers.format(v));
        w.write(sb.append('\n').toString());
    }
}
