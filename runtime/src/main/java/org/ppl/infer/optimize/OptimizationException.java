package org.ppl.infer.optimize;

/** An optimisation or approximation that cannot proceed, with a message a user can act on. */
public final class OptimizationException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public OptimizationException(String message) {
        super(message);
    }
}
