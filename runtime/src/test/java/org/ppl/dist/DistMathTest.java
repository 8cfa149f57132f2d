package org.ppl.dist;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.apache.commons.math3.special.Beta;
import org.apache.commons.math3.special.Gamma;
import org.apache.commons.math3.util.CombinatoricsUtils;
import org.junit.jupiter.api.Test;

/** The special functions against Commons Math, over many decades of their arguments. */
class DistMathTest {
    private static final double[] ARGUMENTS = {1e-300, 1e-12, 1e-5, 0.01, 0.1, 0.3, 0.5, 0.999, 1, 1.0001, 1.5, 2, 2.5,
        3.7, 7, 9.99, 10, 14.999, 15, 15.001, 22.5, 50, 171.3, 1e3, 1e5, 1e8, 1e12, 1e15};

    @Test
    void lgamma() {
        for (double x : ARGUMENTS) {
            double expected = Gamma.logGamma(x);
            assertEquals(expected, DistMath.lgamma(x), 2e-14 * Math.max(1, Math.abs(expected)), "lgamma(" + x + ")");
        }
        assertEquals(0.0, DistMath.lgamma(1), 1e-14);
        assertEquals(0.0, DistMath.lgamma(2), 1e-14);
        assertEquals(0.5 * Math.log(Math.PI), DistMath.lgamma(0.5), 1e-14);
    }

    @Test
    void digamma() {
        for (double x : ARGUMENTS) {
            // Commons Math takes -gamma - 1/x below 1e-5, off by pi^2 x / 6; compared by the series below.
            if (x <= 1e-5) continue;
            double expected = Gamma.digamma(x);
            // Commons Math's digamma is off by up to 3e-9 below 49 (psi(1/2)); the exact values below are tighter.
            assertEquals(expected, DistMath.digamma(x), 1e-8 * Math.max(1, Math.abs(expected)), "digamma(" + x + ")");
        }
        // psi(1) = -Euler's constant; psi(1/2) = -gamma - 2 log 2.
        double euler = 0.57721566490153286061;
        assertEquals(-euler, DistMath.digamma(1), 4e-15);
        assertEquals(-euler - 2 * Math.log(2), DistMath.digamma(0.5), 4e-15);
        // psi(1/10), from Gauss's digamma theorem (tabulated value).
        assertEquals(-10.4237549404110768, DistMath.digamma(0.1), 1e-14);
        // psi(n) = H_(n-1) - gamma.
        double harmonic = 0;
        for (int n = 1; n < 40; n++) {
            assertEquals(harmonic - euler, DistMath.digamma(n), 4e-15 * Math.max(1, harmonic), "digamma(" + n + ")");
            harmonic += 1.0 / n;
        }
        // psi(0.01) from the series -1/x - gamma + sum_k (-1)^(k+1) zeta(k+1) x^k.
        double[] zeta = {1.6449340668482264, 1.2020569031595943, 1.0823232337111382, 1.0369277551433699,
            1.0173430619844491, 1.0083492773819228, 1.0040773561979443};
        double series = -100 - euler;
        for (int k = 1; k <= zeta.length; k++) series += (k % 2 == 1 ? 1 : -1) * zeta[k - 1] * Math.pow(0.01, k);
        assertEquals(series, DistMath.digamma(0.01), 1e-13);
        // Near 0: psi(x) = -1/x - gamma + (pi^2 / 6) x + O(x^2).
        double x = 1e-5;
        assertEquals(-1 / x - euler + Math.PI * Math.PI / 6 * x, DistMath.digamma(x), 1e-9);
    }

    @Test
    void lbetaAndLogChoose() {
        for (double a : ARGUMENTS) {
            for (double b : new double[] {0.2, 1, 3.5, 14, 16, 80, 1e4, 1e9, 1e14}) {
                if (a < 1e-12) continue;
                double expected = Beta.logBeta(a, b);
                assertEquals(expected, DistMath.lbeta(a, b), 3e-14 * Math.max(1, Math.abs(expected)),
                        "lbeta(" + a + ", " + b + ")");
            }
        }
        for (int n : new int[] {1, 5, 20, 100, 1000, 100000}) {
            for (int k = 0; k <= n; k += Math.max(1, n / 7)) {
                double expected = CombinatoricsUtils.binomialCoefficientLog(n, k);
                assertEquals(expected, DistMath.logChoose(n, k), 1e-13 * Math.max(1, Math.abs(expected)), n + " choose " + k);
            }
        }
    }

    @Test
    void softplusAndLogistic() {
        for (double x : new double[] {-800, -40, -1, 0, 1e-10, 2, 40, 800}) {
            double expected = x > 30 ? x + Math.exp(-x) : Math.log1p(Math.exp(x));
            assertEquals(expected, DistMath.softplus(x), 1e-15 * Math.max(1, Math.abs(expected)), "softplus " + x);
            assertEquals(1 / (1 + Math.exp(-x)), DistMath.logistic(x), 1e-16, "logistic " + x);
        }
    }
}
