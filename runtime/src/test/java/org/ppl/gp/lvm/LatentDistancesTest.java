package org.ppl.gp.lvm;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.ppl.infer.Draws;

class LatentDistancesTest {
    @Test
    void anchorPairsAreAllPairsAmongEvenlySpreadPoints() {
        int[][] pairs = LatentDistances.anchorPairs(10, 3);
        assertEquals(3, pairs.length);
        assertArrayEquals(new int[] {0, 3}, pairs[0]);
        assertArrayEquals(new int[] {0, 6}, pairs[1]);
        assertArrayEquals(new int[] {3, 6}, pairs[2]);
        assertEquals(45, LatentDistances.anchorPairs(150, 10).length);
    }

    @Test
    void distancesAreTheSameForRotatedAndReflectedDraws() {
        int n = 4, q = 2;
        List<String> names = new ArrayList<>(List.of("lp__"));
        for (int i = 1; i <= n; i++) {
            for (int d = 1; d <= q; d++) names.add("X." + i + "." + d);
        }
        SplittableRandom r = new SplittableRandom(2);
        double[] x = new double[n * q];
        for (int i = 0; i < x.length; i++) x[i] = r.nextGaussian();
        double angle = 0.7, c = Math.cos(angle), s = Math.sin(angle);
        double[][] chain = new double[2][names.size()];
        for (int i = 0; i < n; i++) {
            chain[0][1 + i * q] = x[i * q];
            chain[0][2 + i * q] = x[i * q + 1];
            // Rotated, then the first latent dimension reflected.
            chain[1][1 + i * q] = -(c * x[i * q] - s * x[i * q + 1]);
            chain[1][2 + i * q] = s * x[i * q] + c * x[i * q + 1];
        }
        Draws distances = LatentDistances.of(new Draws(names, new double[][][] {chain}), "X", n, q,
                new int[][] {{0, 1}, {1, 3}});
        assertEquals(List.of("dist.1.2", "dist.2.4"), distances.names());
        double d12 = Math.hypot(x[0] - x[2], x[1] - x[3]);
        double d24 = Math.hypot(x[2] - x[6], x[3] - x[7]);
        assertArrayEquals(new double[] {d12, d24}, distances.row(0, 0), 1e-12);
        assertArrayEquals(new double[] {d12, d24}, distances.row(0, 1), 1e-12);
    }
}
