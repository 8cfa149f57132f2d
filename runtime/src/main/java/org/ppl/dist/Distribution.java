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
     * broadcast against it); 1 for vector distributions (MvNormal, Dirichlet, Categorical's p);
     * 2 for matrix ones (LKJCholeskyCorr).
     */
    int eventRank();

    /**
     * Records the log density of {@code value} given {@code args} (in the order of {@link
     * #parameters()}) and returns its scalar node. Shapes that do not fit raise a {@link
     * org.ppl.ad.ShapeException} naming the distribution and the argument; values outside the
     * support, or parameters outside theirs, give negative infinity at evaluation.
     */
    Node logDensity(Tape tape, Node value, Node... args);

    /**
     * Fills {@code out} (of {@code shape}) with independent draws given parameter values {@code
     * args} with shapes {@code argShapes}, broadcast to {@code shape}.
     */
    void sample(RandomGenerator rng, double[][] args, Shape[] argShapes, Shape shape, double[] out);

    /** A parameter: its name and the set of values it may take. */
    record Parameter(String name, Domain domain) {}

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
