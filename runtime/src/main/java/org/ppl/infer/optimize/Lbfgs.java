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
        double[] g = new double[start.length];
        double f = function.valueAndGradient(start.clone(), g);
        if (!Double.isFinite(f) || !allFinite(g)) {
            throw new OptimizationException("L-BFGS: the objective or its gradient is not finite at the initial point "
                    + "(value " + f + "); choose other initial values");
        }
        if (norm(g) < options.tolGrad()) {
            return new LbfgsResult(start.clone(), f, g, 0, 1, StopReason.ABSOLUTE_GRADIENT);
        }
        Search s = new Search(function, start, f, g, options);
        for (int iteration = 1; ; iteration++) {
            String note = s.lineSearch();
            if (note == null) {
                return new LbfgsResult(s.x, s.f, s.g, iteration - 1, s.evaluations(), StopReason.LINE_SEARCH_FAILED);
            }
            double previous = s.f;
            double stepNorm = s.accept();
            double change = Math.abs(previous - s.f);
            double relativeChange = change / Math.max(Math.max(Math.abs(previous), Math.abs(s.f)), 1.0);
            double gradientNorm = norm(s.g);
            listener.iteration(new IterationInfo(iteration, s.f, relativeChange, gradientNorm, stepNorm,
                    s.lineSearch.alpha(), s.evaluations(), note));
            StopReason reason = stopReason(options, iteration, change, relativeChange, gradientNorm, stepNorm,
                    -LbfgsHistory.dot(s.p, s.g) / Math.max(Math.abs(s.f), 1.0));
            if (reason != null) return new LbfgsResult(s.x, s.f, s.g, iteration, s.evaluations(), reason);
        }
    }

    /** The current point, the search direction, the history, and the buffers of the next point. */
    private static final class Search {
        private final LbfgsOptions options;
        private final StrongWolfeLineSearch lineSearch;
        private final LbfgsHistory history;
        private final double[] p;
        private double[] x;
        private double[] g;
        private double f;
        private double[] xNew;
        private double[] gNew;

        Search(DifferentiableFunction function, double[] start, double f, double[] g, LbfgsOptions options) {
            int n = start.length;
            this.options = options;
            this.lineSearch = new StrongWolfeLineSearch(function);
            this.history = new LbfgsHistory(n, options.historySize());
            this.x = start.clone();
            this.g = g;
            this.f = f;
            this.p = new double[n];
            this.xNew = new double[n];
            this.gNew = new double[n];
            history.searchDirection(g, p);
        }

        int evaluations() {
            return 1 + lineSearch.evaluations();
        }

        /**
         * Searches along p (from {@code initAlpha} when there is no history, else from 1); when
         * that fails, clears the history and searches once more along the steepest descent.
         * Returns a note for the progress line ("" or the reset), or null when both failed.
         */
        String lineSearch() {
            double alphaInit = history.size() == 0 ? options.initAlpha() : 1.0;
            if (lineSearch.search(x, f, g, p, alphaInit, xNew, gNew)) return "";
            if (history.size() == 0) return null;
            history.clear();
            history.searchDirection(g, p);
            if (lineSearch.search(x, f, g, p, options.initAlpha(), xNew, gNew)) return "line search failed, history reset";
            return null;
        }

        /** Moves to the point the line search found; returns the length of the step. */
        double accept() {
            history.add(xNew, x, gNew, g);
            double step = distance(xNew, x);
            double[] swap = x;
            x = xNew;
            xNew = swap;
            swap = g;
            g = gNew;
            gNew = swap;
            f = lineSearch.value();
            history.searchDirection(g, p);
            return step;
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
