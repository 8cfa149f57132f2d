package org.ppl.gp;

import org.ppl.ad.Node;

/** The result of {@link MarginalApprox#marginalLikelihood}: the log-likelihood node and its inputs. */
public record SparseMarginalLikelihood(MarginalApprox gp, Node x, Node xu, Node y, Node noise, Node logLikelihood) {
    /** The approximate predictive distribution at {@code xnew}, recomputed from the current values per call. */
    public SparseConditional conditional(Node xnew, boolean diagonal, boolean predictNoise) {
        return new SparseConditional(gp, x, xu, y, noise, xnew, diagonal, predictNoise);
    }

    public Prediction predict(Node xnew, boolean diagonal, boolean predictNoise) {
        return conditional(xnew, diagonal, predictNoise).predict();
    }
}
