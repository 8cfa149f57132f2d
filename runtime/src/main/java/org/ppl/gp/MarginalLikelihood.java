package org.ppl.gp;

import org.ppl.ad.Node;

/**
 * The result of {@link Marginal#marginalLikelihood}: the log-likelihood node (to add to the target)
 * and what it was computed from, so predictions need no state kept in the GP object.
 */
public record MarginalLikelihood(Marginal gp, Node x, Node y, Node noise, Node logLikelihood) {
    /** The predictive distribution at {@code xnew}, recomputed from the current values per call. */
    public MarginalConditional conditional(Node xnew, boolean diagonal, boolean predictNoise) {
        return new MarginalConditional(gp, x, y, noise, xnew, diagonal, predictNoise);
    }

    /** One prediction at the current values (PyMC's {@code gp.predict}). */
    public Prediction predict(Node xnew, boolean diagonal, boolean predictNoise) {
        return conditional(xnew, diagonal, predictNoise).predict();
    }
}
