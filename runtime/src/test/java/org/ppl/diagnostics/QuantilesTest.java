package org.ppl.diagnostics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.apache.commons.math3.stat.descriptive.rank.Percentile;
import org.apache.commons.math3.stat.descriptive.rank.Percentile.EstimationType;
import org.junit.jupiter.api.Test;
import org.ppl.infer.RandomStream;

class QuantilesTest {
    /** Against Commons Math's R-7 estimator (R's default quantile type). */
    @Test
    void matchesRType7() {
        RandomStream rng = RandomStream.of(6);
        double[] x = new double[101];
        for (int i = 0; i < x.length; i++) x[i] = rng.nextGaussian();
        Percentile r7 = new Percentile().withEstimationType(EstimationType.R_7);
        for (double p : new double[] {0.0, 0.05, 0.25, 0.5, 0.9, 0.95, 1.0}) {
            double expected = p == 0 ? r7.evaluate(x, 1e-300) : r7.evaluate(x, 100 * p);
            assertEquals(expected, Quantiles.of(x, p), 1e-14, "p = " + p);
        }
        assertEquals(2.5, Quantiles.of(new double[] {4, 1, 2, 3}, 0.5), 0);
    }
}
