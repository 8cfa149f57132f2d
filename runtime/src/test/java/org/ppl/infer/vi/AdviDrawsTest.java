package org.ppl.infer.vi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.apache.commons.math3.distribution.NormalDistribution;
import org.junit.jupiter.api.Test;
import org.ppl.infer.optimize.GammaScaleModel;
import org.ppl.infer.vi.AdviOptions.Family;

class AdviDrawsTest {
    @Test
    void drawsGoThroughTheTransformsWithBothLogDensities() {
        GammaScaleModel model = new GammaScaleModel(4, 2);
        AdviResult r = Advi.fit(model, new double[1], AdviOptions.defaults(Family.MEANFIELD), new SplittableRandom(1),
                AdviListener.NONE);
        ApproximateDraws draws = r.draws(200, new SplittableRandom(2));
        assertEquals(200, draws.size());
        assertEquals(model.constrainedNames(), draws.constrainedNames());
        NormalDistribution q = new NormalDistribution(r.mean()[0], r.standardDeviations()[0]);
        for (int i = 0; i < draws.size(); i++) {
            double u = draws.unconstrained()[i][0];
            assertEquals(Math.exp(u), draws.constrained()[i][0], 1e-12);
            assertEquals(model.logDensity(new double[] {u}, true), draws.logDensity()[i], 1e-12);
            assertEquals(q.logDensity(u), draws.logApproximation()[i], 1e-9);
        }
        assertEquals(Math.exp(r.mean()[0]), r.constrainedMean()[0], 1e-12);
    }

    @Test
    void paretoKPassesAGoodFitAndFlagsAPoorOne() {
        AdviResult good = Advi.fit(AdviTest.REGRESSION, new double[4], AdviTest.accurate(Family.FULLRANK),
                new SplittableRandom(1), AdviListener.NONE);
        ParetoSmoothing.Result goodPsis = good.draws(1000, new SplittableRandom(2)).paretoSmoothing();
        assertTrue(goodPsis.paretoK() < 0.5, "k = " + goodPsis.paretoK());
        assertTrue(goodPsis.warning().isEmpty());

        // Mean-field on a strongly correlated Gaussian: sds 1/√Λ_ii ≈ 0.2 of the marginal ones.
        double[] zero = new double[6];
        double[] ones = new double[6];
        Arrays.fill(ones, 1.0);
        CorrelatedGaussianModel correlated = new CorrelatedGaussianModel(zero, ones, 0.95);
        AdviResult poor = Advi.fit(correlated, zero, AdviTest.accurate(Family.MEANFIELD), new SplittableRandom(1),
                AdviListener.NONE);
        ParetoSmoothing.Result poorPsis = poor.draws(1000, new SplittableRandom(2)).paretoSmoothing();
        assertTrue(poorPsis.paretoK() > 0.7, "k = " + poorPsis.paretoK());
        assertTrue(poorPsis.warning().orElseThrow().contains("NUTS"));
    }
}
