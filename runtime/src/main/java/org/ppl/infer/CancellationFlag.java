package org.ppl.infer;

import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Asks running chains to stop (Ctrl-C in the command line). Chains look at it between
 * iterations, stop cleanly and keep the draws they have.
 */
public final class CancellationFlag {
    private final AtomicBoolean cancelled = new AtomicBoolean();

    public void cancel() {
        cancelled.set(true);
    }

    public boolean isCancelled() {
        return cancelled.get();
    }
}
