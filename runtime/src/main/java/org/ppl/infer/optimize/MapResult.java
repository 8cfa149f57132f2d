package org.ppl.infer.optimize;

/**
 * A posterior mode found by L-BFGS.
 *
 * @param unconstrained the mode on the unconstrained space
 * @param constrained the model's {@code constrain} of it: parameters, then saved deterministics
 * @param logDensity the log density there (with the Jacobian term only if {@code jacobian})
 * @param jacobian whether the density maximised included the log |Jacobian| of the transforms
 * @param iterations completed L-BFGS iterations
 * @param gradientEvaluations log-density-and-gradient evaluations
 * @param reason why L-BFGS stopped
 */
public record MapResult(double[] unconstrained, double[] constrained, double logDensity, boolean jacobian,
        int iterations, int gradientEvaluations, StopReason reason) {

    public boolean converged() {
        return reason.converged();
    }

    /** One line for a user: "converged (relative change in the objective below ...)". */
    public String summary() {
        return (converged() ? "converged: " : "did not converge: ") + reason.description() + " after " + iterations
                + " iterations, " + gradientEvaluations + " gradient evaluations; log density " + logDensity;
    }
}
