package org.ppl.cli;

/**
 * A mistake in what the user gave (a model, data, an argument): printed as one message, exit code 1,
 * never a stack trace. The message is complete; it may span lines (a located diagnostic with its caret).
 */
public final class UserError extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public UserError(String message) {
        super(message, null, false, false);
    }
}
