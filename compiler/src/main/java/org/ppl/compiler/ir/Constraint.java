package org.ppl.compiler.ir;

/**
 * How a parameter's constrained value relates to the unconstrained space the samplers see,
 * decided from its prior's support (as PyMC does): lowering picks the matching transform.
 */
public sealed interface Constraint {
    /** All reals: the identity. */
    record Unconstrained() implements Constraint {}

    /** (0, inf): log. */
    record Positive() implements Constraint {}

    /** (0, 1): logit. */
    record UnitInterval() implements Constraint {}

    /** (lower, upper), from the prior's arguments (which may depend on other parameters): scaled logit. */
    record Interval(IrExpr lower, IrExpr upper) implements Constraint {}

    /** A vector summing to one: stick-breaking. */
    record Simplex() implements Constraint {}

    /** A Cholesky factor of a correlation matrix: the LKJ bijector. */
    record CorrelationCholesky() implements Constraint {}

    /** An increasing vector (transform="ordered"). */
    record Ordered() implements Constraint {}

    /** Latent.prior: the free variable is v ~ N(0, I) and the parameter is f = L v. */
    record Whitened() implements Constraint {}
}
