package org.ppl.infer;

import java.util.random.RandomGenerator;

/**
 * A seeded stream of random numbers whose output is fixed by this class alone, not by the JDK:
 * xoshiro256++ (Blackman and Vigna 2019) for bits, the 53 high bits for uniforms, and the
 * Marsaglia polar method for normals. A chain's stream is derived from the run's seed and the
 * chain's number, so a chain's draws do not depend on which thread runs it or on other chains.
 * Not thread-safe: one stream per chain.
 */
public final class RandomStream implements RandomGenerator {
    private long s0;
    private long s1;
    private long s2;
    private long s3;
    private double spareGaussian;
    private boolean hasSpare;

    private RandomStream(long key) {
        // SplitMix64 expands one 64-bit key into the 256-bit state, as the xoshiro authors advise.
        long x = key;
        x += GOLDEN;
        s0 = mix64(x);
        x += GOLDEN;
        s1 = mix64(x);
        x += GOLDEN;
        s2 = mix64(x);
        x += GOLDEN;
        s3 = mix64(x);
        if ((s0 | s1 | s2 | s3) == 0) s0 = GOLDEN;
    }

    private static final long GOLDEN = 0x9E3779B97F4A7C15L;

    /** A stream from one seed. */
    public static RandomStream of(long seed) {
        return new RandomStream(mix64(seed));
    }

    /**
     * The stream of chain {@code chain} (any integer; chains are numbered from 1 in output) of a
     * run seeded with {@code seed}. Different (seed, chain) pairs give unrelated streams.
     */
    public static RandomStream forChain(long seed, int chain) {
        long key = mix64(seed) ^ mix64(GOLDEN * (chain + 1L) + 0x632BE59BD9B4E019L);
        return new RandomStream(mix64(key));
    }

    /** The SplitMix64 finaliser (Steele, Lea and Flood 2014): a bijective 64-bit mixer. */
    static long mix64(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    @Override
    public long nextLong() {
        long result = Long.rotateLeft(s0 + s3, 23) + s0;
        long t = s1 << 17;
        s2 ^= s0;
        s3 ^= s1;
        s1 ^= s2;
        s0 ^= s3;
        s2 ^= t;
        s3 = Long.rotateLeft(s3, 45);
        return result;
    }

    /** Uniform on [0, 1), a multiple of 2^-53. */
    @Override
    public double nextDouble() {
        return (nextLong() >>> 11) * 0x1.0p-53;
    }

    /** Standard normal by the Marsaglia polar method; every second call uses the cached spare. */
    @Override
    public double nextGaussian() {
        if (hasSpare) {
            hasSpare = false;
            return spareGaussian;
        }
        double u;
        double v;
        double s;
        do {
            u = 2.0 * nextDouble() - 1.0;
            v = 2.0 * nextDouble() - 1.0;
            s = u * u + v * v;
        } while (s >= 1.0 || s == 0.0);
        double factor = Math.sqrt(-2.0 * Math.log(s) / s);
        spareGaussian = v * factor;
        hasSpare = true;
        return u * factor;
    }
}
