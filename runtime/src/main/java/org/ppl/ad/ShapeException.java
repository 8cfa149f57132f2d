package org.ppl.ad;

/** Shapes that do not fit an operation; raised while a program is built, never during evaluation. */
public class ShapeException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    public ShapeException(String message) {
        super(message);
    }
}
