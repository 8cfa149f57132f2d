package org.ppl.infer.optimize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.ppl.infer.vi.ConjugateNormalModel;
import org.ppl.infer.vi.GaussianPosterior;
import org.ppl.infer.vi.LinearRegressionModel;

class MapOptimizerTest {
    private static final double MODE_TOLERANCE = 1e-6;
    /** Stan's defaults stop about 1e-5 from the mode at unit curvature (see LbfgsTest.PRECISE). */
    private static final LbfgsOptions PRECISE = LbfgsTest.PRECISE;

    @Test
    void modeOfTheConstrainedDensityLeavesOutTheJacobian() {
        // gamma(3, 2): mode of the density of sigma is (a-1)/b = 1.
        GammaScaleModel model = new GammaScaleModel(3, 2);
        MapResult r = MapOptimizer.optimize(model, new double[] {1.5}, PRECISE, OptimizationListener.NONE);
        assertTrue(r.converged(), r.summary());
        assertEquals(1.0, r.constrained()[0], MODE_TOLERANCE);
        assertEquals(0.0, r.unconstrained()[0], MODE_TOLERANCE);
        assertEquals(model.logDensity(r.unconstrained(), false), r.logDensity(), 0);
    }

    @Test
    void withTheJacobianTheModeIsThatOfTheUnconstrainedDensity() {
        // density of u = log sigma is ∝ exp(a u − b e^u): mode sigma = a/b = 1.5.
        MapResult r = MapOptimizer.optimize(new GammaScaleModel(3, 2), new double[] {-1.0},
                PRECISE.withJacobian(true), OptimizationListener.NONE);
        assertTrue(r.converged(), r.summary());
        assertEquals(1.5, r.constrained()[0], MODE_TOLERANCE);
        assertTrue(r.jacobian());
    }

    @Test
    void conjugateNormalModeIsThePosteriorMean() {
        ConjugateNormalModel model = ConjugateNormalModel.example();
        MapResult r = MapOptimizer.optimize(model, new double[] {-10}, PRECISE, OptimizationListener.NONE);
        assertTrue(r.converged(), r.summary());
        assertEquals(model.posterior().mean()[0], r.constrained()[0], MODE_TOLERANCE);
    }

    @Test
    void linearRegressionModeIsThePosteriorMean() {
        LinearRegressionModel model = LinearRegressionModel.simulated(50, 4, 2.0, 11);
        GaussianPosterior truth = model.posterior();
        MapResult r = MapOptimizer.optimize(model, new double[4], PRECISE, OptimizationListener.NONE);
        assertTrue(r.converged(), r.summary());
        for (int j = 0; j < 4; j++) assertEquals(truth.mean()[j], r.constrained()[j], MODE_TOLERANCE);
    }

    @Test
    void stansDefaultsStopWithinTheirOwnPrecision() {
        // g'H⁻¹g < 2.2e-9 |f| at the stop: |θ − mode| ≲ √(2.2e-9 / curvature) (curvature 2 here).
        MapResult r = MapOptimizer.optimize(new GammaScaleModel(3, 2), new double[] {1.5});
        assertTrue(r.converged(), r.summary());
        assertEquals(0.0, r.unconstrained()[0], 1e-4);
    }

    @Test
    void listenerReportsTheLogDensityNotItsNegative() {
        List<IterationInfo> seen = new ArrayList<>();
        MapResult r = MapOptimizer.optimize(ConjugateNormalModel.example(), new double[] {-10},
                LbfgsOptions.defaults(), seen::add);
        assertEquals(r.logDensity(), seen.get(seen.size() - 1).value(), 0);
        assertTrue(seen.get(0).value() <= r.logDensity());
    }
}
