package org.ppl.compiler.lower;

import org.ppl.ad.Tape;
import org.ppl.compiler.ir.Constraint;
import org.ppl.transform.CholeskyCorrelation;
import org.ppl.transform.Interval;
import org.ppl.transform.LowerBound;
import org.ppl.transform.Ordered;
import org.ppl.transform.Simplex;
import org.ppl.transform.Transform;

/** The runtime transform of each constraint the checker decided from a prior's support (as PyMC chooses). */
public final class ParameterTransforms {
    private ParameterTransforms() {}

    /** The transform of a parameter with prior {@code prior}, or null for all reals. */
    static Transform of(Constraint c, DistValue.Named prior, Tape tape) {
        if (c instanceof Constraint.Positive) return new LowerBound(tape.constant(0.0));
        if (c instanceof Constraint.UnitInterval) return new Interval(tape.constant(0.0), tape.constant(1.0));
        // The bounds are the prior's first two arguments (Uniform's lower and upper), which may depend on parameters.
        if (c instanceof Constraint.Interval) return new Interval(prior.args()[0], prior.args()[1]);
        if (c instanceof Constraint.Simplex) return new Simplex();
        if (c instanceof Constraint.CorrelationCholesky) return new CholeskyCorrelation();
        if (c instanceof Constraint.Ordered) return new Ordered();
        return null;
    }

    /** How a constraint is sampled, for {@code ppl check}: {@code positive (log)}. */
    public static String describe(Constraint c) {
        if (c instanceof Constraint.Positive) return "positive (log)";
        if (c instanceof Constraint.UnitInterval) return "(0, 1) (logit)";
        if (c instanceof Constraint.Interval) return "interval (scaled logit)";
        if (c instanceof Constraint.Simplex) return "simplex (stick-breaking)";
        if (c instanceof Constraint.CorrelationCholesky) return "correlation Cholesky factor (LKJ bijector)";
        if (c instanceof Constraint.Ordered) return "ordered (first value, then log increments)";
        if (c instanceof Constraint.Whitened) return "GP prior, whitened (f = L v, v ~ Normal(0, 1))";
        return "real";
    }
}
