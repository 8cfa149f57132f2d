package org.ppl.infer.optimize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LbfgsTest {
    /**
     * Stan's default tol_rel_grad (1e7 ε) stops once g'H⁻¹g / max(|f|, 1) < 2.2e-9, which leaves
     * an error of order 1e-5 in x at unit curvature; these tighter tolerances reach 1e-6.
     */
    static final LbfgsOptions PRECISE = LbfgsOptions.defaults().withTolerances(1e-14, 1e2, 1e-8, 1e3, 1e-10);

    private static double maxDistanceFromOnes(double[] x) {
        double worst = 0;
        for (double v : x) worst = Math.max(worst, Math.abs(v - 1));
        return worst;
    }

    private static double[] standardStart(int n) {
        double[] start = new double[n];
        for (int i = 0; i < n; i++) start[i] = i % 2 == 0 ? -1.2 : 1.0;
        return start;
    }

    @ParameterizedTest
    @ValueSource(ints = {2, 100})
    void rosenbrockConvergesToTheMinimumWithStansDefaults(int n) {
        LbfgsResult r = Lbfgs.minimize(new Rosenbrock(n), standardStart(n), LbfgsOptions.defaults(),
                OptimizationListener.NONE);
        assertTrue(r.converged(), r.reason().description());
        assertTrue(maxDistanceFromOnes(r.point()) < 1e-4, () -> "distance " + maxDistanceFromOnes(r.point()));
        assertTrue(r.value() < 1e-8, () -> "value " + r.value());
    }

    @ParameterizedTest
    @ValueSource(ints = {2, 100})
    void rosenbrockReachesTheMinimumToOneInAMillionWithTighterTolerances(int n) {
        LbfgsResult r = Lbfgs.minimize(new Rosenbrock(n), standardStart(n), PRECISE, OptimizationListener.NONE);
        assertTrue(r.converged(), r.reason().description());
        assertTrue(maxDistanceFromOnes(r.point()) < 1e-6, () -> "distance " + maxDistanceFromOnes(r.point()));
    }

    @Test
    void quadraticReachesTheMinimum() {
        // f = ½ Σ i x_i², minimum at 0.
        DifferentiableFunction f = (x, g) -> {
            double v = 0;
            for (int i = 0; i < x.length; i++) {
                g[i] = (i + 1) * x[i];
                v += 0.5 * (i + 1) * x[i] * x[i];
            }
            return v;
        };
        LbfgsResult r = Lbfgs.minimize(f, new double[] {1, -2, 3, -4, 5}, PRECISE, OptimizationListener.NONE);
        assertTrue(r.converged());
        for (double v : r.point()) assertEquals(0.0, v, 1e-6);
    }

    @Test
    void iterationLimitIsReportedAsNotConverged() {
        LbfgsResult r = Lbfgs.minimize(new Rosenbrock(2), new double[] {-1.2, 1},
                LbfgsOptions.defaults().withMaxIterations(5), OptimizationListener.NONE);
        assertEquals(StopReason.MAX_ITERATIONS, r.reason());
        assertEquals(5, r.iterations());
        assertFalse(r.converged());
    }

    @Test
    void listenerSeesEveryIterationWithDecreasingObjective() {
        List<IterationInfo> seen = new ArrayList<>();
        LbfgsResult r = Lbfgs.minimize(new Rosenbrock(2), new double[] {-1.2, 1}, LbfgsOptions.defaults(), seen::add);
        assertEquals(r.iterations(), seen.size());
        for (int i = 0; i < seen.size(); i++) {
            assertEquals(i + 1, seen.get(i).iteration());
            if (i > 0) assertTrue(seen.get(i).value() <= seen.get(i - 1).value());
        }
        assertEquals(r.evaluations(), seen.get(seen.size() - 1).evaluations());
    }

    @Test
    void nonFiniteStartIsAnError() {
        DifferentiableFunction f = (x, g) -> Double.NaN;
        OptimizationException e = assertThrows(OptimizationException.class,
                () -> Lbfgs.minimize(f, new double[] {0}, LbfgsOptions.defaults(), OptimizationListener.NONE));
        assertTrue(e.getMessage().contains("initial point"), e.getMessage());
    }

    @Test
    void functionUndefinedAwayFromTheStartEndsWithAFailedLineSearch() {
        // Defined (with a nonzero slope) only at exactly x = 0.
        DifferentiableFunction f = (x, g) -> {
            g[0] = 1;
            return x[0] == 0 ? 0 : Double.POSITIVE_INFINITY;
        };
        LbfgsResult r = Lbfgs.minimize(f, new double[] {0}, LbfgsOptions.defaults(), OptimizationListener.NONE);
        assertEquals(StopReason.LINE_SEARCH_FAILED, r.reason());
        assertEquals(0.0, r.point()[0]);
    }

    @Test
    void barrierIsNeverCrossed() {
        // f = x - log(x) for x > 0 (minimum at 1), +inf otherwise; start far right with a big slope.
        DifferentiableFunction f = (x, g) -> {
            if (!(x[0] > 0)) return Double.POSITIVE_INFINITY;
            g[0] = 1 - 1 / x[0];
            return x[0] - Math.log(x[0]);
        };
        LbfgsResult r = Lbfgs.minimize(f, new double[] {50}, LbfgsOptions.defaults().withInitAlpha(10),
                OptimizationListener.NONE);
        assertTrue(r.converged(), r.reason().description());
        assertEquals(1.0, r.point()[0], 1e-6);
    }
}
