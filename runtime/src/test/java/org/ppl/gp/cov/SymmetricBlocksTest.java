package org.ppl.gp.cov;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;

class SymmetricBlocksTest {
    @Test
    void tilesMatchPlainLoopsAtSizesAroundTheTile() {
        Random r = new Random(2);
        for (int n : new int[] {1, 2, 47, 48, 49, 100}) {
            double[] a = new double[n * n];
            for (int t = 0; t < a.length; t++) a[t] = r.nextGaussian();
            double[] folded = new double[n * n];
            SymmetricBlocks.foldToLower(a, n, folded);
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < n; j++) {
                    int t = i * n + j;
                    if (j < i) assertEquals(a[t] + a[j * n + i], folded[t], 0);
                    if (j == i) assertEquals(a[t], folded[t], 0);
                }
            }
        }
    }
}
