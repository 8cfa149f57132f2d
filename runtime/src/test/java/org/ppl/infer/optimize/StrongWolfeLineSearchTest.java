package org.ppl.infer.optimize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class StrongWolfeLineSearchTest {
    /** Checks both strong Wolfe conditions at the accepted point from their definitions. */
    private static void assertStrongWolfe(DifferentiableFunction f, double[] x, double[] p, double alphaInit) {
        double[] g = new double[x.length];
        double f0 = f.valueAndGradient(x, g);
        double slope0 = LbfgsHistory.dot(g, p);
        StrongWolfeLineSearch search = new StrongWolfeLineSearch(f);
        double[] xNew = new double[x.length];
        double[] gNew = new double[x.length];
        assertTrue(search.search(x, f0, g, p, alphaInit, xNew, gNew));
        double a = search.alpha();
        for (int i = 0; i < x.length; i++) assertEquals(x[i] + a * p[i], xNew[i], 1e-15);
        double[] gCheck = new double[x.length];
        double fNew = f.valueAndGradient(xNew, gCheck);
        assertEquals(fNew, search.value(), 0);
        assertTrue(fNew <= f0 + 1e-4 * a * slope0, "sufficient decrease");
        assertTrue(Math.abs(LbfgsHistory.dot(gCheck, p)) <= 0.9 * Math.abs(slope0), "curvature");
    }

    private static final DifferentiableFunction QUARTIC = (x, g) -> {
        // (x-3)^4 + x^2: minimum near 1.9
        g[0] = 4 * Math.pow(x[0] - 3, 3) + 2 * x[0];
        return Math.pow(x[0] - 3, 4) + x[0] * x[0];
    };

    @Test
    void tinyFirstStepIsExpandedUntilAcceptable() {
        assertStrongWolfe(QUARTIC, new double[] {0}, new double[] {1}, 1e-3);
    }

    @Test
    void overlongFirstStepIsZoomedBack() {
        assertStrongWolfe(QUARTIC, new double[] {0}, new double[] {1}, 100);
    }

    @Test
    void rosenbrockSteepestDescentStep() {
        Rosenbrock r = new Rosenbrock(2);
        double[] x = {-1.2, 1};
        double[] g = new double[2];
        r.valueAndGradient(x, g);
        assertStrongWolfe(r, x, new double[] {-g[0], -g[1]}, 1e-3);
        assertStrongWolfe(r, x, new double[] {-g[0], -g[1]}, 1.0);
    }

    @Test
    void undefinedRegionIsRetreatedFrom() {
        // log barrier: defined only for x < 1; the first trial lands outside.
        DifferentiableFunction f = (x, g) -> {
            if (!(x[0] < 1)) return Double.NaN;
            g[0] = 1 / (1 - x[0]) - 2;
            return -Math.log(1 - x[0]) - 2 * x[0];
        };
        assertStrongWolfe(f, new double[] {0}, new double[] {1}, 5);
    }

    @Test
    void ascentDirectionIsRefused() {
        double[] g = new double[1];
        double f0 = QUARTIC.valueAndGradient(new double[] {0}, g);
        StrongWolfeLineSearch search = new StrongWolfeLineSearch(QUARTIC);
        assertFalse(search.search(new double[] {0}, f0, g, new double[] {-1}, 1, new double[1], new double[1]));
    }

    @Test
    void cubicInterpolationFindsTheMinimumOfACubic() {
        // phi(a) = a^3 - 3a: minimum at a = 1, phi' = 3a^2 - 3.
        double t = StrongWolfeLineSearch.safeguardedCubic(0, 0, -3, 2, 2, 9);
        assertEquals(1.0, t, 1e-12);
    }
}
