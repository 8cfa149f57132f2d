package org.ppl.infer.vi;

import java.util.List;

/**
 * Draws from an approximation of a posterior (ADVI, Laplace), with the two log densities that
 * importance sampling needs.
 *
 * @param constrainedNames names of the columns of {@code constrained} ({@code X.1.2})
 * @param unconstrained the draws on the unconstrained space, one row per draw
 * @param constrained the model's {@code constrain} of each draw: parameters, then saved values
 * @param logDensity the model's log density of each unconstrained draw, Jacobian included
 *     (the target of the approximation); negative infinity where it cannot be evaluated
 * @param logApproximation the normalised log density of the approximation at each draw
 */
public record ApproximateDraws(List<String> constrainedNames, double[][] unconstrained, double[][] constrained,
        double[] logDensity, double[] logApproximation) {

    public int size() {
        return logDensity.length;
    }

    /** log p(θ) − log q(θ) for each draw: the log importance ratios. */
    public double[] logRatios() {
        double[] r = new double[size()];
        for (int i = 0; i < r.length; i++) r[i] = logDensity[i] - logApproximation[i];
        return r;
    }

    /** Pareto-smoothed importance sampling of the draws towards the posterior. */
    public ParetoSmoothing.Result paretoSmoothing() {
        return ParetoSmoothing.smooth(logRatios());
    }
}
