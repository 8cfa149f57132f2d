package org.ppl.compiler;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.ppl.model.Model;

/** Test helper: a model's gradient against five-point finite differences of its log density. */
public final class ModelGradients {
    private ModelGradients() {}

    /** A point with standard normal coordinates scaled by {@code scale}. */
    public static double[] randomPoint(Model m, long seed, double scale) {
        Random r = new Random(seed);
        double[] theta = new double[m.dimension()];
        for (int i = 0; i < theta.length; i++) theta[i] = scale * r.nextGaussian();
        return theta;
    }

    /**
     * Asserts a finite log density at {@code theta} and a gradient within {@code tolerance}
     * (relative, absolute below 1) of five-point finite differences, with the Jacobian.
     */
    public static void assertGradient(Model m, double[] theta, double tolerance, String what) {
        double[] grad = new double[theta.length];
        double lp = m.logDensityGradient(theta, grad, true);
        assertTrue(Double.isFinite(lp), what + ": log density " + lp + (m.lastFailure() == null ? "" : " (" + m.lastFailure() + ")"));
        double h = 1e-4;
        for (int i = 0; i < theta.length; i++) {
            double[] t = theta.clone();
            double[] f = new double[4];
            double[] steps = {-2 * h, -h, h, 2 * h};
            for (int k = 0; k < 4; k++) {
                t[i] = theta[i] + steps[k];
                f[k] = m.logDensity(t, true);
            }
            double fd = (f[0] - 8 * f[1] + 8 * f[2] - f[3]) / (12 * h);
            double error = Math.abs(fd - grad[i]) / Math.max(1.0, Math.abs(fd));
            String name = m.unconstrainedNames().get(i);
            assertTrue(error <= tolerance, what + ": gradient of " + name + " is " + grad[i] + ", finite differences " + fd);
        }
    }
}
