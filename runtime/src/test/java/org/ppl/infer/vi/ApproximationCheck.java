package org.ppl.infer.vi;

import java.util.Optional;
import java.util.function.Supplier;

/**
 * The acceptance test of a Gaussian approximation against a known posterior: every mean within
 * {@link #MEAN_TOLERANCE} posterior sds of the truth, every sd within {@link #SD_TOLERANCE}
 * (relative) of the expected one. A run that throws fails too.
 */
final class ApproximationCheck {
    static final double MEAN_TOLERANCE = 0.02;
    static final double SD_TOLERANCE = 0.10;

    private ApproximationCheck() {}

    /** max_i |mean_i − truth_i| / sd_i. */
    static double meanError(double[] mean, GaussianPosterior truth) {
        double worst = 0;
        for (int i = 0; i < mean.length; i++) worst = Math.max(worst, Math.abs(mean[i] - truth.mean()[i]) / truth.sd(i));
        return worst;
    }

    /** max_i |sd_i / expected_i − 1|. */
    static double sdError(double[] sd, double[] expected) {
        double worst = 0;
        for (int i = 0; i < sd.length; i++) worst = Math.max(worst, Math.abs(sd[i] / expected[i] - 1));
        return worst;
    }

    static double[] marginalSds(GaussianPosterior truth) {
        double[] sd = new double[truth.dimension()];
        for (int i = 0; i < sd.length; i++) sd[i] = truth.sd(i);
        return sd;
    }

    static double[] meanFieldSds(GaussianPosterior truth) {
        double[] sd = new double[truth.dimension()];
        for (int i = 0; i < sd.length; i++) sd[i] = truth.meanFieldSd(i);
        return sd;
    }

    /** Why the fit is rejected, or empty when it passes. */
    static Optional<String> failure(Supplier<AdviResult> fit, GaussianPosterior truth, double[] expectedSds) {
        AdviResult r;
        try {
            r = fit.get();
        } catch (VariationalException e) {
            return Optional.of("ADVI failed: " + e.getMessage());
        }
        double m = meanError(r.mean(), truth);
        double s = sdError(r.standardDeviations(), expectedSds);
        if (m <= MEAN_TOLERANCE && s <= SD_TOLERANCE) return Optional.empty();
        return Optional.of(String.format("mean error %.4f sd (tolerance %.2f), sd error %.4f (tolerance %.2f)", m,
                MEAN_TOLERANCE, s, SD_TOLERANCE));
    }
}
