package org.ppl.infer.optimize;

/**
 * One completed L-BFGS iteration, for progress output.
 *
 * @param iteration 1-based iteration number
 * @param value the objective after the step (for MAP: the log density, not its negative)
 * @param relativeChange |f_k − f_{k−1}| / max(|f_k|, |f_{k−1}|, 1), Stan's relative decrease
 * @param gradientNorm Euclidean norm of the gradient after the step
 * @param stepNorm Euclidean norm of the step taken
 * @param stepLength the line-search step length α
 * @param evaluations function-and-gradient evaluations so far
 * @param note "" or a remark such as "line search failed, history reset"
 */
public record IterationInfo(int iteration, double value, double relativeChange, double gradientNorm,
        double stepNorm, double stepLength, int evaluations, String note) {

    /** The same iteration with the objective's sign flipped (minimised −log p ↔ log p). */
    public IterationInfo negated() {
        return new IterationInfo(iteration, -value, relativeChange, gradientNorm, stepNorm, stepLength,
                evaluations, note);
    }
}
