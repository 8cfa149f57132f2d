package org.ppl.infer;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.ppl.ad.NumericFailure;
import org.ppl.model.Model;

/**
 * Starting points as Stan chooses them: each unconstrained coordinate uniform on (-radius,
 * radius), retried until the log density and its gradient are finite, at most {@link #MAX_TRIES}
 * times (once when the radius is 0, since every try would be the same point); or the point given
 * by constrained values.
 */
public final class Initialisation {
    /** Stan's limit on random initialisation attempts. */
    public static final int MAX_TRIES = 100;

    /** Stan's default radius. */
    public static final double DEFAULT_RADIUS = 2.0;

    private static final int NAMES_SHOWN = 10;

    private Initialisation() {}

    /** A random starting point; draws from {@code rng}. */
    public static DensityPoint random(Model model, RandomStream rng, double radius) {
        if (!(radius >= 0) || Double.isInfinite(radius)) {
            throw new IllegalArgumentException("init radius must be finite and >= 0, not " + radius);
        }
        int n = model.dimension();
        int tries = radius == 0 ? 1 : MAX_TRIES;
        Attempts attempts = new Attempts(model);
        for (int t = 0; t < tries; t++) {
            double[] theta = new double[n];
            for (int i = 0; i < n; i++) theta[i] = radius == 0 ? 0.0 : radius * (2.0 * rng.nextDouble() - 1.0);
            DensityPoint p = attempts.evaluate(theta);
            if (p != null) return p;
        }
        String where = radius == 0
                ? "at the point 0 on the unconstrained scale"
                : String.format(Locale.ROOT, "at %d random points drawn uniformly from (%s, %s) on the unconstrained"
                        + " scale", tries, format(-radius), format(radius));
        throw attempts.failure(where,
                "Try given initial values, a smaller init radius, or reparameterising the model.");
    }

    /** The point given by constrained parameter values (in the order of {@link Model#unconstrain}). */
    public static DensityPoint fromValues(Model model, double[] constrainedValues) {
        double[] theta;
        try {
            theta = model.unconstrain(constrainedValues);
        } catch (IllegalArgumentException e) {
            throw new InitialisationFailure("Initialisation failed: the given initial values are not valid: "
                    + e.getMessage());
        }
        Attempts attempts = new Attempts(model);
        DensityPoint p = attempts.evaluate(theta);
        if (p != null) return p;
        throw attempts.failure("at the given initial values", "Try other initial values.");
    }

    private static String format(double x) {
        return x == Math.rint(x) ? Long.toString((long) x) : Double.toString(x);
    }

    /** Evaluates candidate points and remembers why they failed. */
    private static final class Attempts {
        private final Model model;
        private String lastFailure;
        private final Set<Integer> nonFiniteGradient = new LinkedHashSet<>();

        Attempts(Model model) {
            this.model = model;
        }

        DensityPoint evaluate(double[] theta) {
            double[] grad = new double[theta.length];
            double lp;
            try {
                lp = model.logDensityGradient(theta, grad);
            } catch (NumericFailure e) {
                lastFailure = e.getMessage();
                return null;
            }
            if (!Double.isFinite(lp)) {
                String why = model.lastFailure();
                lastFailure = why != null ? why : "the log density is " + lp;
                return null;
            }
            boolean finite = true;
            for (int i = 0; i < grad.length; i++) {
                if (!Double.isFinite(grad[i])) {
                    nonFiniteGradient.add(i);
                    finite = false;
                }
            }
            if (!finite) {
                lastFailure = "the gradient is not finite";
                return null;
            }
            return new DensityPoint(theta, lp, grad);
        }

        InitialisationFailure failure(String where, String advice) {
            StringBuilder sb = new StringBuilder(
                    "Initialisation failed: the log density or its gradient was not finite ");
            sb.append(where).append('.');
            if (lastFailure != null) sb.append(" Last failure: ").append(lastFailure).append('.');
            if (!nonFiniteGradient.isEmpty()) {
                sb.append(" Non-finite gradient with respect to: ").append(gradientNames()).append('.');
            }
            sb.append(' ').append(advice);
            return new InitialisationFailure(sb.toString());
        }

        private String gradientNames() {
            List<String> names = model.unconstrainedNames();
            List<String> shown = new ArrayList<>();
            for (int i : nonFiniteGradient) {
                if (shown.size() == NAMES_SHOWN) break;
                shown.add(i < names.size() ? names.get(i) : "coordinate " + (i + 1));
            }
            String list = String.join(", ", shown);
            int more = nonFiniteGradient.size() - shown.size();
            return more > 0 ? list + " and " + more + " more" : list;
        }
    }
}
