package org.ppl.infer.vi;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class GeneralizedParetoTest {
    /** Exact draws by inversion: x = σ((1 − u)^{−k} − 1)/k, written here from the definition. */
    static double[] draws(int n, double k, double sigma, long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        double[] x = new double[n];
        for (int i = 0; i < n; i++) x[i] = sigma * (Math.pow(1 - rng.nextDouble(), -k) - 1) / k;
        return x;
    }

    /**
     * The fit recovers k within 4 asymptotic standard errors, (1 + k)/√n for the maximum
     * likelihood estimate (Smith 1985), which the Zhang–Stephens estimate matches closely; σ
     * within 5 × √(2(1 + k))/√n relative.
     */
    @ParameterizedTest
    @ValueSource(doubles = {0.2, 0.8})
    void fitRecoversTheShapeOfKnownDraws(double k) {
        int n = 20_000;
        double sigma = 1.7;
        double[] x = draws(n, k, sigma, 99);
        Arrays.sort(x);
        GeneralizedPareto.Fit fit = GeneralizedPareto.fit(x);
        assertEquals(k, fit.k(), 4 * (1 + k) / Math.sqrt(n));
        assertEquals(1.0, fit.sigma() / sigma, 5 * Math.sqrt(2 * (1 + k)) / Math.sqrt(n));
    }

    @ParameterizedTest
    @ValueSource(doubles = {-0.3, 0.0, 0.5, 1.5})
    void quantileInvertsTheDistributionFunction(double k) {
        double sigma = 2.5;
        for (double p : new double[] {0.01, 0.3, 0.5, 0.9, 0.999}) {
            double x = GeneralizedPareto.quantile(p, k, sigma);
            double cdf = k == 0 ? 1 - Math.exp(-x / sigma) : 1 - Math.pow(1 + k * x / sigma, -1 / k);
            assertEquals(p, cdf, 1e-12);
        }
    }
}
