package org.ppl.diagnostics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.ppl.infer.RandomStream;

class AutocovarianceTest {
    /** Against the direct sum Σ_{i<n-t} (x_i - m)(x_{i+t} - m) / n at every lag. */
    @Test
    void matchesTheDirectSum() {
        RandomStream rng = RandomStream.of(4);
        for (int n : new int[] {3, 7, 100, 333}) {
            double[] x = new double[n];
            for (int i = 0; i < n; i++) x[i] = 5 + rng.nextGaussian() + (i % 3);
            double m = 0;
            for (double v : x) m += v / n;
            double[] acov = Autocovariance.of(x);
            for (int t = 0; t < n; t++) {
                double s = 0;
                for (int i = 0; i + t < n; i++) s += (x[i] - m) * (x[i + t] - m);
                assertEquals(s / n, acov[t], 1e-11, "lag " + t + " of " + n);
            }
        }
    }

    @Test
    void correlationStartsAtOne() {
        double[] r = Autocovariance.correlation(new double[] {1, 3, 2, 5, 4});
        assertEquals(1.0, r[0], 1e-15);
    }
}
