package org.ppl.infer.nuts;

import java.util.List;
import org.ppl.infer.CancellationFlag;
import org.ppl.infer.ChainResult;
import org.ppl.infer.ChainRunner;
import org.ppl.infer.ProgressListener;
import org.ppl.model.Model;

/** Runs NUTS chains in parallel: the entry point for the command line and for Java users. */
public final class Nuts {
    private Nuts() {}

    /** {@code chains} chains on up to one thread per processor, no progress, no cancellation. */
    public static List<ChainResult> sample(Model model, NutsSettings settings, int chains, long seed) {
        return sample(model, settings, chains, ChainRunner.defaultThreads(chains), seed, new CancellationFlag(),
                ProgressListener.NONE);
    }

    /**
     * {@code chains} chains (numbered from 1) on {@code threads} threads. Chain k's draws depend only
     * on the model, the settings, the seed and k.
     */
    public static List<ChainResult> sample(Model model, NutsSettings settings, int chains, int threads, long seed,
            CancellationFlag cancel, ProgressListener listener) {
        return ChainRunner.run(model, chains, threads, seed, new NutsChain(settings), cancel, listener);
    }
}
