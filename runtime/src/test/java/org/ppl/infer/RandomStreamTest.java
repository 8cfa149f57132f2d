package org.ppl.infer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.math3.distribution.UniformRealDistribution;
import org.apache.commons.math3.stat.inference.KolmogorovSmirnovTest;
import org.junit.jupiter.api.Test;

class RandomStreamTest {
    @Test
    void sameSeedAndChainGiveTheSameStream() {
        RandomStream a = RandomStream.forChain(42, 3);
        RandomStream b = RandomStream.forChain(42, 3);
        for (int i = 0; i < 1000; i++) assertEquals(a.nextLong(), b.nextLong());
    }

    @Test
    void chainsAndSeedsGiveDifferentStreams() {
        long first = RandomStream.forChain(42, 1).nextLong();
        assertNotEquals(first, RandomStream.forChain(42, 2).nextLong());
        assertNotEquals(first, RandomStream.forChain(43, 1).nextLong());
        assertNotEquals(RandomStream.forChain(0, 0).nextLong(), RandomStream.forChain(0, 1).nextLong());
    }

    /** Neighbouring chains' uniforms are uncorrelated (|r| below 5 / sqrt(n)). */
    @Test
    void neighbouringChainsAreUncorrelated() {
        RandomStream a = RandomStream.forChain(1, 1);
        RandomStream b = RandomStream.forChain(1, 2);
        int n = 100_000;
        double sab = 0;
        for (int i = 0; i < n; i++) sab += (a.nextDouble() - 0.5) * (b.nextDouble() - 0.5);
        double r = sab / n * 12;
        assertTrue(Math.abs(r) < 5 / Math.sqrt(n), "correlation " + r);
    }

    @Test
    void uniformsAndNormalsHaveTheirDistributions() {
        RandomStream rng = RandomStream.of(123);
        int n = 20_000;
        double[] u = new double[n];
        double[] z = new double[n];
        for (int i = 0; i < n; i++) {
            u[i] = rng.nextDouble();
            z[i] = rng.nextGaussian();
            assertTrue(u[i] >= 0 && u[i] < 1);
        }
        KolmogorovSmirnovTest ks = new KolmogorovSmirnovTest();
        assertTrue(ks.kolmogorovSmirnovTest(new UniformRealDistribution(0, 1), u) > 1e-3);
        assertTrue(ks.kolmogorovSmirnovTest(new NormalDistribution(0, 1), z) > 1e-3);
    }

    /** The stream is this class's own: these values are fixed whatever the JDK. */
    @Test
    void outputDoesNotDependOnTheJdk() {
        RandomStream rng = RandomStream.of(0);
        long[] expected = new long[3];
        // xoshiro256++ from a state expanded by SplitMix64: recomputed here from the definitions.
        long key = mix(0);
        long[] s = new long[4];
        long x = key;
        for (int i = 0; i < 4; i++) {
            x += 0x9E3779B97F4A7C15L;
            s[i] = mix(x);
        }
        for (int k = 0; k < 3; k++) {
            expected[k] = Long.rotateLeft(s[0] + s[3], 23) + s[0];
            long t = s[1] << 17;
            s[2] ^= s[0];
            s[3] ^= s[1];
            s[1] ^= s[2];
            s[0] ^= s[3];
            s[2] ^= t;
            s[3] = Long.rotateLeft(s[3], 45);
        }
        for (long e : expected) assertEquals(e, rng.nextLong());
    }

    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
