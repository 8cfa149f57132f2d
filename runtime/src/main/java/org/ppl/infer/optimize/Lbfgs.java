package org.ppl.infer.optimize;

/**
 * Limited-memory BFGS (Nocedal 1980; Liu and Nocedal 1989) with a strong-Wolfe line search and
 * Stan's termination tests and defaults (history 5, first step 1e-3, the tolerances of {@link
 * LbfgsOptions}). Written for the project rather than taken from a library: Commons Math 3.6.1
 * (already a dependency) has no quasi-Newton method, and we know of no maintained library on
 * Maven Central with a strong-Wolfe L-BFGS and Stan's convergence tests; this loop also sits on
 * the hot path of MAP, where it allocates nothing per iteration.
 *
 * <p>As Stan, the first iteration (and one after a reset) tries the step {@code initAlpha} along
 * the steepest-descent direction; later iterations try the unit step along the quasi-Newton
 * direction, which the γ scaling of {@link LbfgsHistory} makes well sized (Nocedal and Wright,
 * §7.2) — Stan instead guesses from a cubic fit to the previous step. When a line search fails
 * the correction history is discarded and the search retried once along the steepest descent.
 */
public final class Lbfgs {
    private static final double EPSILON = Math.ulp(1.0);

    private Lbfgs() {}

    /** Minimises {@code function} from {@code start} (not modified). */
    public static LbfgsResult minimize(DifferentiableFunction function, double[] start, LbfgsOptions options,
            OptimizationListener listener) {
        int n = start.length;
        double[] x = start.clone();
        double[] g = new double[n];
        double f = function.valueAndGradient(x, g);
        if (!Double.isFinite(f) || !allFinite(g)) {
            throw new OptimizationException("L-BFGS: the objective or its gradient is not finite at the initial point "
                    + "(value " + f + "); choose other initial values");
        }
        if (norm(g) < options.tolGrad()) {
            return new LbfgsResult(x, f, g, 0, 1, StopReason.ABSOLUTE_GRADIENT);
        }
        StrongWolfeLineSearch lineSearch = new StrongWolfeLineSearch(function);
        LbfgsHistory history = new LbfgsHistory(n, options.historySize());
        double[] p = new double[n];
        double[] xNew = new double[n];
        double[] gNew = new double[n];
        history.searchDirection(g, p);
        for (int iteration = 1; ; iteration++) {
            String note = "";
            double alphaInit = history.size() == 0 ? options.initAlpha() : 1.0;
            boolean found = lineSearch.search(x, f, g, p, alphaInit, xNew, gNew);
            if (!found && history.size() > 0) {
                history.clear();
                history.searchDirection(g, p);
                note = "line search failed, history reset";
                found = lineSearch.search(x, f, g, p, options.initAlpha(), xNew, gNew);
            }
            if (!found) {
                return new LbfgsResult(x, f, g, iteration - 1, 1 + lineSearch.evaluations(),
                        StopReason.LINE_SEARCH_FAILED);
            }
            double fNew = lineSearch.value();
            history.add(xNew, x, gNew, g);
            double stepNorm = distance(xNew, x);
            double change = Math.abs(f - fNew);
            double relativeChange = change / Math.max(Math.max(Math.abs(f), Math.abs(fNew)), 1.0);
            double[] swap = x;
            x = xNew;
            xNew = swap;
            swap = g;
            g = gNew;
            gNew = swap;
            f = fNew;
            history.searchDirection(g, p);
            double gradientNorm = norm(g);
            int evaluations = 1 + lineSearch.evaluations();
            listener.iteration(new IterationInfo(iteration, f, relativeChange, gradientNorm, stepNorm,
                    lineSearch.alpha(), evaluations, note));
            StopReason reason = stopReason(options, iteration, change, relativeChange, gradientNorm, stepNorm,
                    -LbfgsHistory.dot(p, g) / Math.max(Math.abs(f), 1.0));
            if (reason != null) return new LbfgsResult(x, f, g, iteration, evaluations, reason);
        }
    }

    /** Stan's tests in Stan's order; null to go on. */
    private static StopReason stopReason(LbfgsOptions o, int iteration, double change, double relativeChange,
            double gradientNorm, double stepNorm, double relativeGradient) {
        if (change < o.tolObj()) return StopReason.ABSOLUTE_OBJECTIVE;
        if (gradientNorm < o.tolGrad()) return StopReason.ABSOLUTE_GRADIENT;
        if (stepNorm < o.tolParam()) return StopReason.ABSOLUTE_PARAMETER;
        if (iteration >= o.maxIterations()) return StopReason.MAX_ITERATIONS;
        if (relativeChange < o.tolRelObj() * EPSILON) return StopReason.RELATIVE_OBJECTIVE;
        if (relativeGradient < o.tolRelGrad() * EPSILON) return StopReason.RELATIVE_GRADIENT;
        return null;
    }

    static double norm(double[] v) {
        double s = 0;
        for (double e : v) s += e * e;
        return Math.sqrt(s);
    }

    private static double distance(double[] a, double[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            double d = a[i] - b[i];
            s += d * d;
        }
        return Math.sqrt(s);
    }

    private static boolean allFinite(double[] v) {
        for (double e : v) {
            if (!Double.isFinite(e)) return false;
        }
        return true;
    }
}
