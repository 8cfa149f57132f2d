package org.ppl.infer.nuts;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class DualAveragingTest {
    /** The first two updates by hand from Hoffman and Gelman's (2014) algorithm 5. */
    @Test
    void firstUpdatesByHand() {
        DualAveraging da = DualAveraging.stanDefaults();
        da.setMu(Math.log(10));
        da.restart();
        // t = 1: s̄ = (δ - a) / 11 = (0.8 - 0.5) / 11; x = μ - s̄ / 0.05; x̄ = x (weight 1^-0.75 = 1).
        double s1 = 0.3 / 11;
        double x1 = Math.log(10) - s1 / 0.05;
        assertEquals(Math.exp(x1), da.learn(0.5), 1e-14);
        assertEquals(Math.exp(x1), da.finalStepSize(), 1e-14);
        // t = 2 with a = 1.3, capped at 1.
        double s2 = (1 - 1.0 / 12) * s1 + (0.8 - 1.0) / 12;
        double x2 = Math.log(10) - s2 * Math.sqrt(2) / 0.05;
        double w = Math.pow(2, -0.75);
        assertEquals(Math.exp(x2), da.learn(1.3), 1e-14);
        assertEquals(Math.exp((1 - w) * x1 + w * x2), da.finalStepSize(), 1e-14);
    }

    /**
     * On a synthetic acceptance curve a(ε) = exp(-ε) (falling as the step grows), the averaged
     * step size converges to the ε* with a(ε*) = δ, that is ε* = -log 0.8.
     */
    @Test
    void convergesToTheTargetAcceptance() {
        DualAveraging da = DualAveraging.stanDefaults();
        da.setMu(Math.log(10 * 1.0));
        da.restart();
        double eps = 1.0;
        for (int t = 0; t < 5000; t++) eps = da.learn(Math.exp(-eps));
        assertEquals(-Math.log(0.8), da.finalStepSize(), 0.005);
    }

    @Test
    void restartForgets() {
        DualAveraging da = DualAveraging.stanDefaults();
        da.setMu(0);
        da.learn(0.1);
        da.learn(0.2);
        da.restart();
        assertEquals(0, da.iterations());
        assertEquals(1.0, da.finalStepSize(), 0);
    }
}
