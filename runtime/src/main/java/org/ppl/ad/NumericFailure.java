package org.ppl.ad;

/**
 * A numeric failure inside an evaluation (a matrix that is not positive definite, an argument
 * outside a function's domain). Thrown by operations during {@code forward()}; a model turns it into
 * a log density of -infinity, and a sampler into a divergence. It carries no stack trace, so
 * throwing it inside a trajectory is cheap.
 */
public final class NumericFailure extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public NumericFailure(String message) {
        super(message, null, false, false);
    }
}
