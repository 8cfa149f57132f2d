package org.ppl.infer.nuts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.ppl.infer.CancellationFlag;
import org.ppl.infer.ChainResult;
import org.ppl.infer.MetricKind;
import org.ppl.infer.ProgressListener;
import org.ppl.infer.RandomStream;
import org.ppl.model.Model;

class WarmupAdaptationTest {
    private static ChainResult warm(Model model, NutsSettings settings, long seed) {
        return new NutsChain(settings.withDraws(0)).run(1, model, RandomStream.forChain(seed, 1), new CancellationFlag(),
                ProgressListener.NONE);
    }

    /**
     * Scales from 0.1 to 10: the diagonal metric learns the variances. The last window has 500
     * draws with an ESS of a few hundred, so each estimate is within about 15% (sd); we allow 50%.
     */
    @Test
    void diagonalMetricLearnsTheVariances() {
        GaussianModel model = GaussianModel.autoregressive(8, 0.0, 0.1, 10);
        double[] s = GaussianModel.scales(8, 0.1, 10);
        ChainResult r = warm(model, NutsSettings.defaults(), 1);
        double[] inverse = r.tuning().inverseMetric();
        for (int i = 0; i < 8; i++) {
            double ratio = inverse[i] / (s[i] * s[i]);
            assertTrue(ratio > 0.5 && ratio < 1.5, "coordinate " + i + ": estimate / variance " + ratio);
        }
        assertTrue(r.tuning().stepSize() > 0.3, "with the scales learnt the step size is near a unit normal's");
    }

    /** The dense metric learns the correlation too: its off-diagonal entries near ρ s_i s_j. */
    @Test
    void denseMetricLearnsTheCovariance() {
        GaussianModel model = GaussianModel.autoregressive(3, 0.9, 1, 1);
        ChainResult r = warm(model, NutsSettings.defaults().withMetric(MetricKind.DENSE), 2);
        double[] m = r.tuning().inverseMetric();
        assertEquals(0.9, m[1] / Math.sqrt(m[0] * m[4]), 0.05);
        assertEquals(0.81, m[2] / Math.sqrt(m[0] * m[8]), 0.1);
    }

    /**
     * Without a terminal buffer the last window ends on the last warmup iteration; the searched
     * step size is kept rather than the exp(0) = 1 of a dual averaging that saw no iteration.
     */
    @Test
    void noTerminalBufferKeepsTheSearchedStepSize() {
        GaussianModel model = GaussianModel.autoregressive(4, 0.0, 0.01, 0.02);
        AdaptationSettings noTerm = new AdaptationSettings(0.8, 0.05, 0.75, 10, 75, 0, 25);
        ChainResult r = warm(model, NutsSettings.defaults().withWarmup(200).withAdaptation(noTerm), 3);
        assertNotEquals(1.0, r.tuning().stepSize());
        assertTrue(r.tuning().stepSize() > 0.1, "step size " + r.tuning().stepSize());
    }

    /** Below 20 warmup iterations only the step size adapts: the metric stays the unit metric. */
    @Test
    void shortWarmupAdaptsOnlyTheStepSize() {
        GaussianModel model = GaussianModel.autoregressive(2, 0.0, 0.1, 0.1);
        ChainResult r = warm(model, NutsSettings.defaults().withWarmup(19), 4);
        assertEquals(1.0, r.tuning().inverseMetric()[0], 0);
        assertTrue(r.tuning().stepSize() < 0.5, "step size for scale 0.1: " + r.tuning().stepSize());
    }
}
