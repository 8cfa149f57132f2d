package org.ppl.infer.vi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ParetoSmoothingTest {
    @Test
    void tailLengthIsTheSmallerOfAFifthAndThreeRootS() {
        assertEquals(20, ParetoSmoothing.tailLength(100));
        assertEquals(95, ParetoSmoothing.tailLength(1000));
        assertEquals(300, ParetoSmoothing.tailLength(10_000));
    }

    /**
     * Importance ratios that are generalized Pareto draws have a tail of the same shape above any
     * threshold, so k̂ estimates k; with S = 100 000 the tail has M = 949 draws. The tolerance is
     * 5 asymptotic standard errors (1 + k)/√M: over 20 seeds the spread of k̂ was 1.15 to 1.26
     * times that (the threshold is itself random), its mean 0.186 for k = 0.2 and 0.767 for 0.8.
     */
    @ParameterizedTest
    @ValueSource(doubles = {0.2, 0.8})
    void paretoKOfParetoRatiosIsTheirShape(double k) {
        int s = 100_000;
        double[] ratios = GeneralizedParetoTest.draws(s, k, 1.0, 7);
        double[] logRatios = new double[s];
        for (int i = 0; i < s; i++) logRatios[i] = Math.log(ratios[i]);
        ParetoSmoothing.Result r = ParetoSmoothing.smooth(logRatios);
        assertEquals(949, r.tailLength());
        assertEquals(k, r.paretoK(), 5 * (1 + k) / Math.sqrt(r.tailLength()));
    }

    @Test
    void weightsSumToOneAndKeepTheBodyUnchanged() {
        int s = 2000;
        double[] logRatios = new double[s];
        SplittableRandom rng = new SplittableRandom(4);
        for (int i = 0; i < s; i++) logRatios[i] = 2 * rng.nextGaussian() + 5;
        ParetoSmoothing.Result r = ParetoSmoothing.smooth(logRatios);
        double sum = 0;
        double maxRaw = Double.NEGATIVE_INFINITY;
        int smallest = 0;
        int secondSmallest = 1;
        for (int i = 0; i < s; i++) {
            sum += Math.exp(r.logWeights()[i]);
            maxRaw = Math.max(maxRaw, logRatios[i]);
            if (logRatios[i] < logRatios[smallest]) {
                secondSmallest = smallest;
                smallest = i;
            } else if (i != smallest && logRatios[i] < logRatios[secondSmallest]) {
                secondSmallest = i;
            }
        }
        assertEquals(1.0, sum, 1e-12);
        // Outside the tail the weights keep their raw ratios.
        assertEquals(logRatios[smallest] - logRatios[secondSmallest],
                r.logWeights()[smallest] - r.logWeights()[secondSmallest], 1e-12);
        // No weight exceeds the largest raw ratio (the truncation), relative to the body.
        for (int i = 0; i < s; i++) {
            assertTrue(r.logWeights()[i] - r.logWeights()[smallest] <= maxRaw - logRatios[smallest] + 1e-12);
        }
    }

    @Test
    void equalRatiosGiveUniformWeightsAndNoEstimate() {
        ParetoSmoothing.Result r = ParetoSmoothing.smooth(new double[500]);
        assertTrue(Double.isNaN(r.paretoK()));
        assertTrue(r.reliable());
        assertEquals(500, r.effectiveSampleSize(), 1e-9);
    }

    /** log N(x; 0, s²I) written out. */
    private static double logNormal(double[] x, double s) {
        double q = 0;
        for (double v : x) q += v * v;
        return -0.5 * q / (s * s) - x.length * (Math.log(s) + 0.5 * Math.log(2 * Math.PI));
    }

    /**
     * Target N(0, I₄). A proposal wider than the target has bounded ratios (k ≤ 0); one with sd s
     * below 1 has ratios exp(χ²(1 − s²)/2)-like with tail index k = 1 − s², 0.84 for s = 0.4.
     */
    private static ParetoSmoothing.Result proposal(double s) {
        SplittableRandom rng = new SplittableRandom(11);
        int n = 4000;
        double[] logRatios = new double[n];
        double[] x = new double[4];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < 4; j++) x[j] = s * rng.nextGaussian();
            logRatios[i] = logNormal(x, 1.0) - logNormal(x, s);
        }
        return ParetoSmoothing.smooth(logRatios);
    }

    @Test
    void aWideProposalIsReliable() {
        ParetoSmoothing.Result r = proposal(1.2);
        assertTrue(r.paretoK() < 0.5, "k = " + r.paretoK());
        assertTrue(r.warning().isEmpty());
    }

    @Test
    void aNarrowProposalIsFlaggedWithAWarningAUserCanActOn() {
        ParetoSmoothing.Result r = proposal(0.4);
        assertTrue(r.paretoK() > 0.7, "k = " + r.paretoK());
        assertFalse(r.reliable());
        String warning = r.warning().orElseThrow();
        assertTrue(warning.contains("unreliable") && warning.contains("NUTS") && warning.contains("full-rank"), warning);
    }
}
