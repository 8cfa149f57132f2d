package org.ppl.validation;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.ppl.diagnostics.Summary;
import org.ppl.diagnostics.SummaryRow;

/**
 * Whether a run agrees with a reference posterior, parameter by parameter, by posteriordb's
 * criterion: |mean − ref_mean| ≤ max(4·MCSE, 0.05·ref_sd), with MCSE the Monte Carlo standard error
 * of the run's mean, and |sd − ref_sd| ≤ 0.10·ref_sd. A parameter of the reference missing from the
 * run is a disagreement.
 */
record ReferenceAgreement(String posterior, List<Check> checks, List<String> missing) {
    static final double MCSE_MULTIPLE = 4;
    static final double MEAN_SD_FRACTION = 0.05;
    static final double SD_FRACTION = 0.10;

    /**
     * One parameter: the run's mean, MCSE and sd beside the reference's. {@code meanRatio} and
     * {@code sdRatio} are the errors as fractions of what is allowed (at most 1 to agree).
     */
    record Check(String name, double mean, double mcse, double sd, double refMean, double refSd) {
        double allowedMeanError() {
            return Math.max(MCSE_MULTIPLE * mcse, MEAN_SD_FRACTION * refSd);
        }

        double meanRatio() {
            return Math.abs(mean - refMean) / allowedMeanError();
        }

        double sdRatio() {
            return Math.abs(sd - refSd) / (SD_FRACTION * refSd);
        }

        boolean agrees() {
            return meanRatio() <= 1 && sdRatio() <= 1;
        }
    }

    ReferenceAgreement {
        checks = List.copyOf(checks);
        missing = List.copyOf(missing);
    }

    static ReferenceAgreement of(Summary run, ReferenceSummary reference) {
        List<Check> checks = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        for (ReferenceSummary.Entry e : reference.entries()) {
            SummaryRow row = run.row(e.name());
            if (row == null) {
                missing.add(e.name());
            } else {
                checks.add(new Check(e.name(), row.mean(), row.mcseMean(), row.sd(), e.mean(), e.sd()));
            }
        }
        return new ReferenceAgreement(reference.posterior(), checks, missing);
    }

    boolean agrees() {
        return missing.isEmpty() && checks.stream().allMatch(Check::agrees);
    }

    /** The largest error ratio over parameters, mean and sd alike (above 1: disagreement). */
    double worstRatio() {
        double worst = 0;
        for (Check c : checks) worst = Math.max(worst, Math.max(c.meanRatio(), c.sdRatio()));
        return worst;
    }

    /** A table of every parameter, disagreements marked with '*'. */
    String table() {
        StringBuilder sb = new StringBuilder(posterior).append(agrees() ? ": agrees" : ": DISAGREES").append('\n');
        sb.append(String.format(Locale.ROOT, "%-10s %11s %11s %9s %6s %10s %10s %6s%n", "name", "mean", "ref mean",
                "mcse", "err/ok", "sd", "ref sd", "err/ok"));
        for (Check c : checks) {
            sb.append(String.format(Locale.ROOT, "%-10s %11.4g %11.4g %9.2g %5.2f%s %10.4g %10.4g %5.2f%s%n", c.name(),
                    c.mean(), c.refMean(), c.mcse(), c.meanRatio(), c.meanRatio() <= 1 ? " " : "*", c.sd(), c.refSd(),
                    c.sdRatio(), c.sdRatio() <= 1 ? " " : "*"));
        }
        for (String m : missing) sb.append(m).append(": not in the run\n");
        return sb.toString();
    }
}
