package org.ppl.transform;

import org.ppl.ad.Node;
import org.ppl.ad.Tape;
import org.ppl.dist.Support;

/** The transform a parameter gets from its distribution's support, as PyMC chooses it. */
public final class Transforms {
    private Transforms() {}

    /**
     * The transform for {@code support}, or null for the real line (no transform). For {@link
     * Support#ARGUMENT_INTERVAL}, {@code arguments} are the distribution's arguments, whose first
     * two are the bounds (Uniform's lower and upper); other supports ignore them.
     *
     * @throws IllegalArgumentException for a discrete support (no discrete parameters), or an
     *     interval without its two bounds
     */
    public static Transform forSupport(Support support, Tape tape, Node... arguments) {
        switch (support) {
            case REAL:
                return null;
            case POSITIVE:
                return new LowerBound(tape.constant(0.0));
            case UNIT_INTERVAL:
                return new Interval(tape.constant(0.0), tape.constant(1.0));
            case ARGUMENT_INTERVAL:
                if (arguments.length < 2) {
                    throw new IllegalArgumentException("an interval support needs the lower and upper bounds; got "
                            + arguments.length + " arguments");
                }
                return new Interval(arguments[0], arguments[1]);
            case SIMPLEX:
                return new Simplex();
            case CORRELATION_CHOLESKY:
                return new CholeskyCorrelation();
            default:
                throw new IllegalArgumentException("a parameter cannot have the discrete support " + support);
        }
    }
}
