package org.ppl.infer.nuts;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.ppl.infer.RandomStream;

/** Welford's running estimates against the two-pass formulas. */
class WelfordEstimatorTest {
    @Test
    void matchesTwoPassCovariance() {
        RandomStream rng = RandomStream.of(3);
        int n = 3;
        int count = 57;
        double[][] x = new double[count][n];
        for (double[] row : x) {
            double z = rng.nextGaussian();
            for (int i = 0; i < n; i++) row[i] = 1e6 + (i + 1) * z + rng.nextGaussian(); // large offset: stability
        }
        WelfordEstimator dense = new WelfordEstimator(n, true);
        WelfordEstimator diag = new WelfordEstimator(n, false);
        for (double[] row : x) {
            dense.add(row);
            diag.add(row);
        }
        double[] mean = new double[n];
        for (double[] row : x) for (int i = 0; i < n; i++) mean[i] += row[i] / count;
        double[] cov = dense.variance();
        double[] var = diag.variance();
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                double s = 0;
                for (double[] row : x) s += (row[i] - mean[i]) * (row[j] - mean[j]);
                s /= count - 1;
                assertEquals(s, cov[i * n + j], 1e-8 * Math.abs(s) + 1e-9);
                if (i == j) assertEquals(s, var[i], 1e-8 * s);
            }
        }
    }

    @Test
    void restartStartsAfresh() {
        WelfordEstimator e = new WelfordEstimator(1, false);
        e.add(new double[] {100});
        e.add(new double[] {300});
        e.restart();
        e.add(new double[] {1});
        e.add(new double[] {3});
        assertEquals(2.0, e.variance()[0], 1e-15);
        assertEquals(2, e.count());
    }
}
