package org.ppl.infer;

import org.ppl.model.Model;

/** Runs one chain on its own model instance and random stream; a sampler implements it. */
@FunctionalInterface
public interface ChainTask {
    ChainResult run(int chain, Model model, RandomStream rng, CancellationFlag cancel, ProgressListener listener);
}
