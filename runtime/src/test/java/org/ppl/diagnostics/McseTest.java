package org.ppl.diagnostics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.apache.commons.math3.distribution.NormalDistribution;
import org.junit.jupiter.api.Test;
import org.ppl.infer.RandomStream;

/**
 * For S independent N(0, 1) draws the MCSE of the mean is 1/sqrt(S) and that of the p-quantile
 * sqrt(p (1 - p) / S) / φ(q_p) (the asymptotic sd of a sample quantile). Averaged over 16
 * replications the estimates' relative error is a few percent; the tolerance allows 10%.
 */
class McseTest {
    @Test
    void independentNormalDraws() {
        RandomStream rng = RandomStream.of(12);
        NormalDistribution normal = new NormalDistribution(null, 0, 1);
        int s = 4000;
        double[] probs = {0.05, 0.5, 0.95};
        double mean = 0;
        double[] quantile = new double[3];
        int reps = 16;
        for (int r = 0; r < reps; r++) {
            double[][] x = EffectiveSampleSizeTest.ar1(rng, 4, 1000, 0);
            mean += Mcse.mean(x) / reps;
            for (int k = 0; k < 3; k++) quantile[k] += Mcse.quantile(x, probs[k]) / reps;
        }
        assertEquals(1 / Math.sqrt(s), mean, 0.1 / Math.sqrt(s));
        for (int k = 0; k < 3; k++) {
            double p = probs[k];
            double expected = Math.sqrt(p * (1 - p) / s) / normal.density(normal.inverseCumulativeProbability(p));
            assertEquals(expected, quantile[k], 0.1 * expected, "p = " + p);
        }
    }

    /** AR(1) with ρ = 0.5: the MCSE of the mean grows by sqrt((1 + ρ)/(1 - ρ)) = sqrt(3). */
    @Test
    void correlatedDraws() {
        RandomStream rng = RandomStream.of(13);
        double mean = 0;
        for (int r = 0; r < 16; r++) mean += Mcse.mean(EffectiveSampleSizeTest.ar1(rng, 4, 1000, 0.5)) / 16;
        double expected = Math.sqrt(3.0 / 4000);
        assertEquals(expected, mean, 0.1 * expected);
    }
}
