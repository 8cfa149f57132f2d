package org.ppl.diagnostics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.ppl.infer.RandomStream;

/**
 * ESS on chains whose ESS is known: independent draws (ESS = n) and stationary AR(1) chains
 * x_t = ρ x_{t-1} + sqrt(1 - ρ²) e_t, whose mean has ESS = n (1 - ρ) / (1 + ρ).
 *
 * <p>Tolerance: by Sokal's (1997) formula the relative sd of an integrated autocorrelation time
 * estimate summed to lag M is sqrt(2 (2M + 1) / n); with M = 5τ (Geyer's sequence stops well
 * before that for these chains) and the mean over R independent replications, four of those sd
 * bound the error of the averaged ratio.
 */
class EffectiveSampleSizeTest {
    static double[][] ar1(RandomStream rng, int chains, int n, double rho) {
        double[][] x = new double[chains][n];
        double s = Math.sqrt(1 - rho * rho);
        for (double[] chain : x) {
            chain[0] = rng.nextGaussian();
            for (int t = 1; t < n; t++) chain[t] = rho * chain[t - 1] + s * rng.nextGaussian();
        }
        return x;
    }

    private static double tolerance(double rho, int total, int replications) {
        double tau = (1 + rho) / (1 - rho);
        int window = (int) Math.ceil(5 * Math.max(tau, 1));
        return 4 * Math.sqrt(2.0 * (2 * window + 1) / total) / Math.sqrt(replications);
    }

    private static void checkAr1(double rho, int chains, int n, int replications, long seed) {
        RandomStream rng = RandomStream.of(seed);
        double expected = chains * n * (1 - rho) / (1 + rho);
        double sumBulk = 0;
        double sumMean = 0;
        for (int r = 0; r < replications; r++) {
            double[][] x = ar1(rng, chains, n, rho);
            sumBulk += EffectiveSampleSize.bulk(x) / expected;
            sumMean += EffectiveSampleSize.mean(x) / expected;
        }
        double tol = tolerance(rho, chains * n, replications);
        System.out.printf("rho %.2f: bulk ESS / expected %.4f, mean ESS / expected %.4f (tolerance %.3f)%n", rho,
                sumBulk / replications, sumMean / replications, tol);
        assertEquals(1.0, sumBulk / replications, tol, "bulk ESS ratio, rho " + rho);
        assertEquals(1.0, sumMean / replications, tol, "mean ESS ratio, rho " + rho);
    }

    @Test
    void independentDrawsHaveEssNearN() {
        checkAr1(0.0, 4, 1000, 16, 1);
    }

    @Test
    void ar1ChainsHaveTheirKnownEss() {
        checkAr1(0.5, 4, 1000, 16, 2);
        checkAr1(0.9, 4, 5000, 16, 3);
    }

    /** Antithetic chains (ρ < 0) have ESS above n, which the estimator keeps. */
    @Test
    void antitheticChainsHaveEssAboveN() {
        checkAr1(-0.3, 4, 1000, 16, 4);
    }

    @Test
    void tailEssOfIndependentDraws() {
        RandomStream rng = RandomStream.of(5);
        double sum = 0;
        for (int r = 0; r < 16; r++) sum += EffectiveSampleSize.tail(ar1(rng, 4, 1000, 0)) / 4000;
        // The tail ESS is the smaller of two ESS estimates of indicator chains: a little below n.
        assertTrue(sum / 16 > 0.85 && sum / 16 < 1.1, "tail ESS ratio " + sum / 16);
    }

    @Test
    void constantAndNonFiniteColumnsGiveNaN() {
        double[][] constant = {{2, 2, 2, 2, 2, 2}, {2, 2, 2, 2, 2, 2}};
        assertTrue(Double.isNaN(EffectiveSampleSize.bulk(constant)));
        assertTrue(Double.isNaN(EffectiveSampleSize.tail(constant)));
        assertTrue(Double.isNaN(EffectiveSampleSize.mean(constant)));
        double[][] withNan = {{1, 2, 3, 4, Double.NaN, 6}, {1, 2, 3, 4, 5, 6}};
        assertTrue(Double.isNaN(EffectiveSampleSize.bulk(withNan)));
        assertTrue(Double.isNaN(EffectiveSampleSize.of(new double[][] {{1, 2}})));
    }
}
