package org.ppl.compiler.predict;

/** The predictive step cannot run on this model or these draws: a message for the person who asked, never a bug. */
public final class PredictiveError extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public PredictiveError(String message) {
        super(message, null, false, false);
    }
}
