package org.ppl.infer.vi;

import java.util.random.RandomGenerator;
import org.ppl.model.Model;

/** Starting points on the unconstrained space, as Stan chooses them. */
public final class InitialPoint {
    /** Stan's attempts at a random initial point before giving up. */
    private static final int ATTEMPTS = 100;

    private InitialPoint() {}

    /**
     * Uniform(−radius, radius) in every unconstrained coordinate (Stan's default radius is 2),
     * redrawn until the log density and its gradient are finite.
     *
     * @throws IllegalStateException naming the last failure after 100 attempts
     */
    public static double[] uniform(Model model, double radius, RandomGenerator rng) {
        int n = model.dimension();
        double[] theta = new double[n];
        double[] gradient = new double[n];
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            for (int i = 0; i < n; i++) theta[i] = radius * (2 * rng.nextDouble() - 1);
            double lp = model.logDensityGradient(theta, gradient, true);
            if (Double.isFinite(lp) && ElboEstimator.allFinite(gradient)) return theta;
        }
        String why = model.lastFailure();
        throw new IllegalStateException("no initial point found in " + ATTEMPTS + " attempts with values uniform in (-"
                + radius + ", " + radius + ") on the unconstrained space" + (why == null ? "" : ": " + why)
                + "; give initial values");
    }
}
