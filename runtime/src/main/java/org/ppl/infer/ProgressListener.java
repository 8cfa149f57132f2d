package org.ppl.infer;

/**
 * Hears how chains advance (a progress bar). Called from the chains' threads, once per
 * iteration, so implementations must be thread-safe and quick (throttle any printing).
 */
public interface ProgressListener {
    /** Does nothing. */
    ProgressListener NONE = progress -> { };

    void onIteration(ChainProgress progress);

    /** The chain has stopped: finished, or interrupted by cancellation. */
    default void onChainFinished(int chain, boolean interrupted) {}
}
