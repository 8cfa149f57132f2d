package org.ppl.dist;

import java.util.List;
import java.util.random.RandomGenerator;
import org.ppl.ad.Node;
import org.ppl.ad.Shape;
import org.ppl.ad.Tape;

/**
 * A probability distribution as the model language knows it (PyMC's names and parameters). Its log
 * density is one tape operation with analytic partials, summed over all elements of the value
 * (broadcasting the parameters), and fully normalised so it compares with Stan's {@code _lpdf}.
 */
public interface Distribution {
    /** PyMC's name: {@code Normal}, {@code HalfCauchy}, ... */
    String name();

    /** Parameters in PyMC's positional order, with their names for keyword arguments. */
    List<Parameter> parameters();

    /** The support of a value; it decides a parameter's transform. */
    Support support();

    /**
     * Rank of one event: 0 for scalar distributions (the value may be any shape, parameters
     * broadcast against it); 1 for vector distributions (MvNormal, Dirichlet, whose value is one
     * vector or a matrix of independent rows; and Categorical, whose p holds one vector of
     * probabilities per event while its value holds one category per event); 2 for matrix ones
     * (LKJCholeskyCorr). Each parameter's own event rank is {@link Parameter#eventRank()}.
     */
    int eventRank();

    /**
     * The shape of one draw when no {@code shape=} is given: the parameters' batch shapes
     * broadcast, followed by the event shape. {@code argValues[j]} is the value of argument j
     * when it is known at build time, else null (LKJCholeskyCorr needs its {@code n}).
     *
     * @throws org.ppl.ad.ShapeException when the arguments' shapes do not fit together
     */
    Shape drawShape(Shape[] argShapes, double[][] argValues);

    /**
     * Records the log density of {@code value} given {@code args} (in the order of {@link
     * #parameters()}) and returns its scalar node. Shapes that do not fit raise a {@link
     * org.ppl.ad.ShapeException} naming the distribution and the argument; values outside the
     * support, or parameters outside theirs, give negative infinity at evaluation.
     */
    Node logDensity(Tape tape, Node value, Node... args);

    /**
     * Fills {@code out} (of {@code shape}) with independent draws given parameter values {@code
     * args} with shapes {@code argShapes}, broadcast to {@code shape} (for vector distributions,
     * {@code shape} includes the event axes). Draws are a function of the generator's state only.
     *
     * @throws IllegalArgumentException naming the distribution and the parameter when a value is
     *     outside its domain (or a covariance is not positive definite), and for the improper
     *     Flat and HalfFlat, which have no draws
     * @throws org.ppl.ad.ShapeException when an argument does not broadcast to {@code shape}
     */
    void sample(RandomGenerator rng, double[][] args, Shape[] argShapes, Shape shape, double[] out);

    /**
     * A parameter: its name, the set of values it may take, and the rank of one of its events (0
     * for a scalar parameter that broadcasts elementwise; 1 for MvNormal's mu, Dirichlet's a,
     * Categorical's p; 2 for MvNormal's cov and chol).
     */
    record Parameter(String name, Domain domain, int eventRank) {
        public Parameter(String name, Domain domain) {
            this(name, domain, 0);
        }

        /** Whether a gradient flows to this parameter (integer parameters have none). */
        public boolean isDifferentiable() {
            return domain != Domain.POSITIVE_INTEGER && domain != Domain.NONNEGATIVE_INTEGER;
        }
    }

    /** What a parameter may be (checked on literals by the compiler; -infinity at run time). */
    enum Domain {
        REAL,
        POSITIVE,
        NONNEGATIVE,
        UNIT_INTERVAL,
        POSITIVE_INTEGER,
        NONNEGATIVE_INTEGER,
        SIMPLEX,
        COVARIANCE,
        CHOLESKY_FACTOR
    }
}
