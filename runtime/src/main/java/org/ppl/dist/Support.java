package org.ppl.dist;

/** The set of values of a distribution; a parameter's transform follows from it. */
public enum Support {
    /** All reals: no transform. */
    REAL,
    /** (0, inf): log transform. */
    POSITIVE,
    /** (0, 1): logit transform. */
    UNIT_INTERVAL,
    /** (a, b) with a and b the distribution's first two arguments (Uniform): scaled logit. */
    ARGUMENT_INTERVAL,
    /** Vectors of positive entries summing to one: stick-breaking. */
    SIMPLEX,
    /** Cholesky factors of correlation matrices: Stan's LKJ bijector. */
    CORRELATION_CHOLESKY,
    /** {0, 1}: observed data only. */
    BINARY,
    /** {0, 1, 2, ...}: observed data only. */
    NONNEGATIVE_INTEGER,
    /** {0, ..., K-1}: observed data only. */
    CATEGORY;

    public boolean isDiscrete() {
        return this == BINARY || this == NONNEGATIVE_INTEGER || this == CATEGORY;
    }
}
