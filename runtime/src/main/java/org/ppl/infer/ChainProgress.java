package org.ppl.infer;

/**
 * Where one chain is: {@code iteration} counts from 1 over warmup and sampling together, out of
 * {@code totalIterations}; {@code divergences} counts divergent transitions so far (warmup
 * included); {@code elapsedSeconds} since the chain started.
 */
public record ChainProgress(int chain, int iteration, int totalIterations, Phase phase, int divergences,
        double elapsedSeconds) {
    /** Warmup (adaptation) or sampling. */
    public enum Phase {
        WARMUP,
        SAMPLING
    }
}
