package org.ppl.infer;

/** No starting point with a finite log density and gradient could be found; the message says why. */
public final class InitialisationFailure extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public InitialisationFailure(String message) {
        super(message);
    }
}
