package org.ppl.gp.mean;

import org.ppl.ad.Node;
import org.ppl.ad.Tape;

/** A GP mean function, as PyMC's {@code pm.gp.mean}: m(X), a vector of length N. */
public sealed interface MeanFunction permits Zero, Constant, Linear {
    Node evaluate(Tape tape, Node x);

    /** Whether m is identically zero (the likelihoods then skip it). */
    default boolean isZero() {
        return false;
    }
}
