package org.ppl.infer.optimize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.ppl.infer.vi.ApproximateDraws;
import org.ppl.infer.vi.GaussianPosterior;
import org.ppl.infer.vi.HandWrittenModel;
import org.ppl.infer.vi.LinearRegressionModel;
import org.ppl.infer.vi.ParetoSmoothing;

class LaplaceApproximationTest {
    @Test
    void gaussianPosteriorIsReproducedExactly() {
        LinearRegressionModel model = LinearRegressionModel.simulated(40, 3, 1.5, 5);
        GaussianPosterior truth = model.posterior();
        MapResult map = MapOptimizer.optimize(model, new double[3]);
        LaplaceApproximation laplace = LaplaceApproximation.at(model, map);
        double[] cov = laplace.covariance();
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                double scale = Math.sqrt(truth.covariance()[i][i] * truth.covariance()[j][j]);
                assertEquals(truth.covariance()[i][j], cov[i * 3 + j], 1e-6 * scale);
            }
        }
    }

    @Test
    void drawsHaveTheApproximationsMomentsAndAnExactDensityRatio() {
        LinearRegressionModel model = LinearRegressionModel.simulated(40, 3, 1.5, 5);
        GaussianPosterior truth = model.posterior();
        LaplaceApproximation laplace = LaplaceApproximation.at(model, MapOptimizer.optimize(model, new double[3], LbfgsTest.PRECISE, OptimizationListener.NONE));
        int n = 4000;
        ApproximateDraws draws = laplace.draws(n, new SplittableRandom(3));
        for (int j = 0; j < 3; j++) {
            double mean = 0;
            for (double[] d : draws.constrained()) mean += d[j] / n;
            // 5 Monte Carlo standard errors.
            assertEquals(truth.mean()[j], mean, 5 * truth.sd(j) / Math.sqrt(n));
        }
        // The approximation is the posterior: every log ratio is the same constant (the evidence),
        // up to the finite-difference Hessian's and the mode's errors (a 1% error in the
        // covariance would move the ratios by about 0.01 × d / 2).
        double[] ratios = draws.logRatios();
        for (double r : ratios) assertEquals(ratios[0], r, 1e-5);
        ParetoSmoothing.Result psis = draws.paretoSmoothing();
        assertTrue(psis.reliable());
    }

    @Test
    void scaleParameterWithJacobianHasTheAnalyticCurvature() {
        // u = log sigma, density ∝ exp(a u − b e^u): mode log(a/b), variance 1/a.
        GammaScaleModel model = new GammaScaleModel(4, 2);
        MapResult map = MapOptimizer.optimize(model, new double[] {0}, LbfgsTest.PRECISE.withJacobian(true),
                OptimizationListener.NONE);
        LaplaceApproximation laplace = LaplaceApproximation.at(model, map);
        assertEquals(Math.log(2), laplace.mode()[0], 1e-6);
        assertEquals(0.25, laplace.covariance()[0], 1e-7);
        ApproximateDraws draws = laplace.draws(100, new SplittableRandom(1));
        for (double[] d : draws.constrained()) assertTrue(d[0] > 0);
    }

    @Test
    void saddlePointIsRefusedWithAClearMessage() {
        HandWrittenModel saddle = new HandWrittenModel(2) {
            @Override
            public double logDensityGradient(double[] t, double[] g, boolean jacobian) {
                g[0] = 2 * t[0];
                g[1] = -2 * t[1];
                return t[0] * t[0] - t[1] * t[1];
            }
        };
        OptimizationException e = assertThrows(OptimizationException.class,
                () -> LaplaceApproximation.at(saddle, new double[2], true));
        assertTrue(e.getMessage().contains("not negative definite"), e.getMessage());
    }
}
