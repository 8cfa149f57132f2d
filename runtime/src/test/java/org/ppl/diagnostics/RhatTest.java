package org.ppl.diagnostics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.ppl.infer.RandomStream;

class RhatTest {
    private static double[][] normal(RandomStream rng, int chains, int n, double[] means, double[] sds) {
        double[][] x = new double[chains][n];
        for (int c = 0; c < chains; c++) {
            for (int i = 0; i < n; i++) x[c][i] = means[c] + sds[c] * rng.nextGaussian();
        }
        return x;
    }

    /**
     * Independent chains of one distribution: R-hat² ≈ (n-1)/n + var(chain means)/W, so for 8
     * split chains of 500 it exceeds 1 by about χ²_7/7 / 1000, far below 0.01.
     */
    @Test
    void mixedChainsGiveOne() {
        double[][] x = normal(RandomStream.of(1), 4, 1000, new double[4], new double[] {1, 1, 1, 1});
        double r = Rhat.of(x);
        assertTrue(r < 1.01 && r > 0.99, "R-hat " + r);
    }

    /** Chains stuck around different means: R-hat well above 1.01. */
    @Test
    void shiftedMeansGiveLargeRhat() {
        double[][] x = normal(RandomStream.of(2), 4, 1000, new double[] {0, 0.5, 1.0, 1.5}, new double[] {1, 1, 1, 1});
        double r = Rhat.of(x);
        assertTrue(r > 1.1, "R-hat " + r);
    }

    /** Same means, one chain three times wider: the bulk misses it, the folded R-hat does not. */
    @Test
    void foldingCatchesDifferentScales() {
        double[][] x = normal(RandomStream.of(3), 4, 1000, new double[4], new double[] {1, 1, 1, 3});
        double bulk = Rhat.basic(ChainArrays.rankNormalised(ChainArrays.split(x)));
        assertTrue(bulk < 1.01, "bulk R-hat " + bulk);
        assertTrue(Rhat.of(x) > 1.05, "R-hat " + Rhat.of(x));
    }

    /** The classic formula on a hand-sized example: means 1 and 3, within-chain variances 1. */
    @Test
    void basicFormulaByHand() {
        double[][] x = {{0, 1, 2}, {2, 3, 4}};
        // W = 1, B = n var(means) = 3 * 2 = 6: R² = (6/1 + 2) / 3.
        assertEquals(Math.sqrt(8.0 / 3), Rhat.basic(x), 1e-15);
    }

    @Test
    void constantColumnGivesNaNWithoutException() {
        assertTrue(Double.isNaN(Rhat.of(new double[][] {{1, 1, 1, 1}, {1, 1, 1, 1}})));
        assertTrue(Double.isNaN(Rhat.of(new double[][] {{1, 2, Double.POSITIVE_INFINITY, 1}, {1, 1, 1, 1}})));
    }

    @Test
    void ranksAverageTies() {
        double[][] r = ChainArrays.ranks(new double[][] {{3, 1}, {1, 2}});
        assertEquals(4, r[0][0]);
        assertEquals(1.5, r[0][1]);
        assertEquals(1.5, r[1][0]);
        assertEquals(3, r[1][1]);
    }

    @Test
    void splitDropsTheMiddleOfOddChains() {
        double[][] s = ChainArrays.split(new double[][] {{1, 2, 3, 4, 5}});
        assertEquals(2, s.length);
        assertEquals(1, s[0][0]);
        assertEquals(2, s[0][1]);
        assertEquals(4, s[1][0]);
        assertEquals(5, s[1][1]);
    }
}
