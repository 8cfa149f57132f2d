package org.ppl.diagnostics;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.ppl.infer.Draws;
import org.ppl.infer.RandomStream;

class SamplerDiagnosticsTest {
    /**
     * E-BFMI of independent energies is E[(E_t - E_{t-1})²] / var(E) = 2; of a random walk it is
     * about 1 / var, small. Chain 2 has two divergences and one tree at the maximum depth.
     */
    @Test
    void countsAndEbfmi() {
        RandomStream rng = RandomStream.of(1);
        int n = 4000;
        double[][][] chains = new double[2][n][3];
        double walk = 0;
        for (int i = 0; i < n; i++) {
            walk += 0.1 * rng.nextGaussian();
            chains[0][i] = new double[] {0, 5, rng.nextGaussian()};
            chains[1][i] = new double[] {i == 10 || i == 20 ? 1 : 0, i == 30 ? 10 : 4, walk};
        }
        Draws draws = new Draws(List.of("divergent__", "treedepth__", "energy__"), chains);
        SamplerDiagnostics d = SamplerDiagnostics.of(draws, 10);
        assertArrayEquals(new int[] {0, 2}, d.divergences());
        assertArrayEquals(new int[] {0, 1}, d.maxDepthHits());
        // sd of the estimate for iid energies is about 2 sqrt(2/n); 5 of those.
        assertEquals(2.0, d.ebfmi()[0], 5 * 2 * Math.sqrt(2.0 / n));
        assertTrue(d.ebfmi()[1] < 0.3, "random walk E-BFMI " + d.ebfmi()[1]);
        List<String> warnings = d.warnings();
        assertEquals(3, warnings.size());
        assertTrue(warnings.get(0).startsWith("2 of 8000 transitions"), warnings.get(0));
        assertTrue(warnings.get(1).contains("maximum tree depth of 10"), warnings.get(1));
        assertTrue(warnings.get(2).startsWith("Chain 2: E-BFMI"), warnings.get(2));
    }
}
