package org.ppl.infer.vi;

/** ADVI cannot go on (a non-finite ELBO, every step size failing), with what a user can do. */
public final class VariationalException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public VariationalException(String message) {
        super(message);
    }
}
