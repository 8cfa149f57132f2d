package org.ppl.infer.optimize;

/**
 * The end of an L-BFGS run.
 *
 * @param point the last accepted point
 * @param value the objective there
 * @param gradient the gradient there
 * @param iterations completed iterations
 * @param evaluations function-and-gradient evaluations, the initial one included
 * @param reason why it stopped
 */
public record LbfgsResult(double[] point, double value, double[] gradient, int iterations, int evaluations,
        StopReason reason) {

    public boolean converged() {
        return reason.converged();
    }
}
