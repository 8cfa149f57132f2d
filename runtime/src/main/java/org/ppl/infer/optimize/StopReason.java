package org.ppl.infer.optimize;

/** Why L-BFGS stopped; the convergence tests are Stan's, in Stan's order. */
public enum StopReason {
    ABSOLUTE_OBJECTIVE(true, "absolute change in the objective below tol_obj"),
    ABSOLUTE_GRADIENT(true, "gradient norm below tol_grad"),
    ABSOLUTE_PARAMETER(true, "parameter change below tol_param"),
    RELATIVE_OBJECTIVE(true, "relative change in the objective below tol_rel_obj"),
    RELATIVE_GRADIENT(true, "relative gradient magnitude below tol_rel_grad"),
    MAX_ITERATIONS(false, "maximum number of iterations reached; this may not be an optimum"),
    LINE_SEARCH_FAILED(false,
            "the line search found no sufficient decrease, even after resetting the Hessian approximation");

    private final boolean converged;
    private final String description;

    StopReason(boolean converged, String description) {
        this.converged = converged;
        this.description = description;
    }

    /** True for the convergence tests, false for the iteration limit and a failed line search. */
    public boolean converged() {
        return converged;
    }

    /** A sentence for a user ("gradient norm below tol_grad"). */
    public String description() {
        return description;
    }
}
