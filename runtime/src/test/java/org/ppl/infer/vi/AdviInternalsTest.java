package org.ppl.infer.vi;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.ppl.infer.optimize.GammaScaleModel;

/** The small parts of ADVI, each against numbers worked out by hand. */
class AdviInternalsTest {
    @Test
    void stanStepSequenceFollowsItsFormula() {
        StanAdaptiveSequence steps = new StanAdaptiveSequence(2);
        double[] p = {0, 0};
        steps.update(p, new double[] {3, -4}, 1, 0.5);
        // s = g², step = η / (1 + |g|) × g
        assertArrayEquals(new double[] {0.5 * 3 / 4, 0.5 * -4 / 5}, p, 1e-15);
        steps.update(p, new double[] {1, 2}, 2, 0.5);
        double s0 = 0.1 * 1 + 0.9 * 9;
        double s1 = 0.1 * 4 + 0.9 * 16;
        double rate = 0.5 / Math.sqrt(2);
        assertArrayEquals(new double[] {0.375 + rate * 1 / (1 + Math.sqrt(s0)), -0.4 + rate * 2 / (1 + Math.sqrt(s1))},
                p, 1e-12);
    }

    @Test
    void adamFirstStepIsTheRateTimesTheSign() {
        AdamSequence steps = new AdamSequence(2);
        double[] p = {1, 1};
        steps.update(p, new double[] {3, -0.01}, 1, 0.1);
        assertArrayEquals(new double[] {1.1, 0.9}, p, 1e-6);
    }

    @Test
    void relativeChangeWindowHasStansMeanAndUpperMedian() {
        RelativeChangeWindow w = new RelativeChangeWindow(3);
        w.add(1.0);
        assertEquals(1.0, w.median());
        w.add(0.2);
        assertEquals(0.6, w.mean(), 1e-15);
        assertEquals(1.0, w.median());
        w.add(0.5);
        assertEquals(0.5, w.median());
        w.add(0.1);
        assertEquals((0.2 + 0.5 + 0.1) / 3, w.mean(), 1e-15);
        assertEquals(0.2, w.median());
        assertEquals(10, RelativeChangeWindow.forRun(10_000, 100).capacity());
        assertEquals(2, RelativeChangeWindow.forRun(1000, 100).capacity());
    }

    @Test
    void iterateAverageKeepsTheLastBlocksOfTheLatterHalf() {
        IterateAverage average = new IterateAverage(3, 10, 1);
        for (int k = 1; k <= 95; k++) average.add(new double[] {k}, k);
        double[] out = new double[1];
        // blocks held: 71-80, 81-90, 91-95 (all in the latter half)
        average.average(out, 95);
        assertEquals((71 + 95) / 2.0, out[0], 1e-12);
        IterateAverage early = new IterateAverage(10, 10, 1);
        for (int k = 1; k <= 40; k++) early.add(new double[] {k}, k);
        // blocks 0..3 held; only blocks 2 and 3 (21-40) are in the latter half
        early.average(out, 40);
        assertEquals(30.5, out[0], 1e-12);
    }

    @Test
    void fullRankCanonicalFormFlipsColumnsWithANegativeDiagonal() {
        FullRankGaussian q = new FullRankGaussian(2);
        double[] p = q.parameters();
        // mu = (0, 0); L = [[-2, 0], [1, 3]] packed as L00, L10, L11
        p[2] = -2;
        p[3] = 1;
        p[4] = 3;
        double[] c = new double[5];
        q.canonicalParameters(c);
        assertArrayEquals(new double[] {0, 0, 2, -1, 3}, c, 0);
        double[] cov = q.covariance();
        System.arraycopy(c, 0, p, 0, 5);
        assertArrayEquals(cov, q.covariance(), 1e-15);
    }

    @Test
    void initialPointIsUniformWithinTheRadiusAndFinite() {
        GammaScaleModel model = new GammaScaleModel(2, 1);
        double[] init = InitialPoint.uniform(model, 2.0, new SplittableRandom(3));
        assertTrue(Math.abs(init[0]) < 2);
        HandWrittenModel nowhere = new HandWrittenModel(1) {
            @Override
            public double logDensityGradient(double[] theta, double[] grad, boolean jacobian) {
                return Double.NEGATIVE_INFINITY;
            }
        };
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> InitialPoint.uniform(nowhere, 2.0, new SplittableRandom(3)));
        assertTrue(e.getMessage().contains("100 attempts"), e.getMessage());
    }
}
