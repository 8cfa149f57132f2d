package org.ppl.cli.progress;

import java.io.PrintWriter;
import org.ppl.infer.ProgressListener;

/** The progress display of a sampling run: bars on a terminal, lines elsewhere, nothing when quiet. */
public final class ProgressDisplays {
    private ProgressDisplays() {}

    public static ProgressListener forChains(PrintWriter err, boolean terminal, boolean quiet, int chains,
            int iterationsPerChain) {
        if (quiet) return ProgressListener.NONE;
        return terminal ? new ChainBars(err, chains, iterationsPerChain) : new ChainLines(err, chains, iterationsPerChain);
    }
}
