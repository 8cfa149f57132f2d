package org.ppl.infer.vi;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.ppl.infer.vi.AdviOptions.Family;

/**
 * ADVI over many seeds against the closed-form posteriors (run with -Pvalidation), with the
 * settings of {@link AdviTest#accurate}: every seed must be within the 2%/10% tolerances.
 */
@Tag("validation")
class AdviValidationTest {
    private static final int SEEDS = 20;

    private static List<String> failures(HandWrittenModel model, GaussianPosterior truth, Family family,
            double[] expectedSds, boolean broken) {
        List<String> failures = new ArrayList<>();
        AdviOptions options = AdviTest.accurate(family);
        for (long seed = 1; seed <= SEEDS; seed++) {
            long s = seed;
            Optional<String> f = ApproximationCheck.failure(() -> Advi.fit(model,
                    broken ? new BrokenEntropyGaussian(options.newFamily(model.dimension()))
                            : options.newFamily(model.dimension()),
                    new double[model.dimension()], options, new SplittableRandom(s), AdviListener.NONE), truth,
                    expectedSds);
            f.ifPresent(why -> failures.add("seed " + s + ": " + why));
        }
        return failures;
    }

    @Test
    void fullRankMatchesTheConjugateNormalPosterior() {
        ConjugateNormalModel model = ConjugateNormalModel.example();
        GaussianPosterior truth = model.posterior();
        List<String> f = failures(model, truth, Family.FULLRANK, ApproximationCheck.marginalSds(truth), false);
        assertTrue(f.isEmpty(), f::toString);
    }

    @Test
    void fullRankMatchesTheLinearRegressionPosterior() {
        GaussianPosterior truth = AdviTest.REGRESSION.posterior();
        List<String> f = failures(AdviTest.REGRESSION, truth, Family.FULLRANK, ApproximationCheck.marginalSds(truth),
                false);
        assertTrue(f.isEmpty(), f::toString);
    }

    /** Mean-field's known bias: its sds are 1/√Λ_ii, below the marginal sds of a correlated posterior. */
    @Test
    void meanFieldUnderestimatesTheCorrelatedMarginalsForEverySeed() {
        GaussianPosterior truth = AdviTest.REGRESSION.posterior();
        List<String> f = failures(AdviTest.REGRESSION, truth, Family.MEANFIELD, ApproximationCheck.meanFieldSds(truth),
                false);
        assertTrue(f.isEmpty(), f::toString);
    }

    @Test
    void theBrokenEntropyGradientIsRejectedForEverySeed() {
        GaussianPosterior truth = AdviTest.REGRESSION.posterior();
        for (Family family : Family.values()) {
            double[] expected = family == Family.FULLRANK ? ApproximationCheck.marginalSds(truth)
                    : ApproximationCheck.meanFieldSds(truth);
            List<String> f = failures(AdviTest.REGRESSION, truth, family, expected, true);
            assertTrue(f.size() == SEEDS, family + ": the broken family passed for some seed");
        }
    }

    /** Stan's defaults converge for every seed, within the final iterate's scatter. */
    @Test
    void stansDefaultsConvergeForEverySeed() {
        GaussianPosterior truth = AdviTest.REGRESSION.posterior();
        for (long seed = 1; seed <= SEEDS; seed++) {
            AdviResult r = AdviTest.fit(AdviTest.REGRESSION, AdviOptions.defaults(Family.FULLRANK), seed);
            assertTrue(r.converged(), "seed " + seed);
            double m = ApproximationCheck.meanError(r.mean(), truth);
            double s = ApproximationCheck.sdError(r.standardDeviations(), ApproximationCheck.marginalSds(truth));
            assertTrue(m < 1.0 && s < 0.6, "seed " + seed + ": mean error " + m + ", sd error " + s);
        }
    }
}
