package org.ppl.infer;

/**
 * A position on the unconstrained scale with its log density and the gradient there: the state a
 * gradient-based sampler carries from one iteration to the next. The arrays are not copied; the
 * samplers that make points never change them afterwards.
 */
public record DensityPoint(double[] position, double logDensity, double[] gradient) {
    public int dimension() {
        return position.length;
    }
}
