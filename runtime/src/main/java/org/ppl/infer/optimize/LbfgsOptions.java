package org.ppl.infer.optimize;

/**
 * Settings of L-BFGS, with Stan's {@code optimize} defaults. The relative tolerances are, as in
 * Stan, multiples of the machine epsilon (2.2e-16): {@code tolRelObj = 1e4} means a relative
 * change of the objective below 2.2e-12.
 *
 * @param historySize number of correction pairs kept (Stan's {@code history_size}, 5)
 * @param initAlpha first line-search step length, and after a reset (Stan's {@code init_alpha})
 * @param tolObj absolute change of the objective (Stan's {@code tol_obj})
 * @param tolRelObj relative change of the objective, in units of machine epsilon
 * @param tolGrad Euclidean norm of the gradient (Stan's {@code tol_grad})
 * @param tolRelGrad g'H⁻¹g / max(|f|, 1), in units of machine epsilon
 * @param tolParam Euclidean norm of the step (Stan's {@code tol_param})
 * @param maxIterations iteration limit (Stan's {@code iter})
 * @param jacobian for MAP: include the log |Jacobian| of the transforms (the mode of the
 *     unconstrained density) instead of Stan's default, the mode of the constrained density
 */
public record LbfgsOptions(int historySize, double initAlpha, double tolObj, double tolRelObj, double tolGrad,
        double tolRelGrad, double tolParam, int maxIterations, boolean jacobian) {

    public LbfgsOptions {
        positive("historySize", historySize);
        positive("initAlpha", initAlpha);
        positive("maxIterations", maxIterations);
        nonNegative("tolObj", tolObj);
        nonNegative("tolRelObj", tolRelObj);
        nonNegative("tolGrad", tolGrad);
        nonNegative("tolRelGrad", tolRelGrad);
        nonNegative("tolParam", tolParam);
    }

    /** Stan's defaults. */
    public static LbfgsOptions defaults() {
        return new LbfgsOptions(5, 1e-3, 1e-12, 1e4, 1e-8, 1e7, 1e-8, 2000, false);
    }

    public LbfgsOptions withMaxIterations(int n) {
        return new LbfgsOptions(historySize, initAlpha, tolObj, tolRelObj, tolGrad, tolRelGrad, tolParam, n, jacobian);
    }

    public LbfgsOptions withJacobian(boolean j) {
        return new LbfgsOptions(historySize, initAlpha, tolObj, tolRelObj, tolGrad, tolRelGrad, tolParam, maxIterations, j);
    }

    public LbfgsOptions withHistorySize(int m) {
        return new LbfgsOptions(m, initAlpha, tolObj, tolRelObj, tolGrad, tolRelGrad, tolParam, maxIterations, jacobian);
    }

    public LbfgsOptions withInitAlpha(double a) {
        return new LbfgsOptions(historySize, a, tolObj, tolRelObj, tolGrad, tolRelGrad, tolParam, maxIterations, jacobian);
    }

    /** All five convergence tolerances at once (Stan's names and units). */
    public LbfgsOptions withTolerances(double obj, double relObj, double grad, double relGrad, double param) {
        return new LbfgsOptions(historySize, initAlpha, obj, relObj, grad, relGrad, param, maxIterations, jacobian);
    }

    private static void positive(String name, double v) {
        if (!(v > 0)) throw new IllegalArgumentException("L-BFGS: " + name + " is " + v + ", but must be positive");
    }

    private static void nonNegative(String name, double v) {
        if (!(v >= 0)) throw new IllegalArgumentException("L-BFGS: " + name + " is " + v + ", but must be >= 0");
    }
}
