package org.ppl.gp;

import org.ppl.ad.Node;

/** The result of {@link Latent#prior}: f, and the X and v it was built from. */
public record LatentPrior(Latent gp, Node x, Node v, Node f) {
    /** The conditional distribution of f at {@code xnew} given f at X, recomputed from the current values per call. */
    public LatentConditional conditional(Node xnew, boolean diagonal) {
        return new LatentConditional(gp, x, v, xnew, diagonal);
    }

    public Prediction predict(Node xnew, boolean diagonal) {
        return conditional(xnew, diagonal).predict();
    }
}
