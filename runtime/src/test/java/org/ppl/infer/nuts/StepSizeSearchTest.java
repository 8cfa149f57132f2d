package org.ppl.infer.nuts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.ppl.infer.DensityPoint;
import org.ppl.infer.MetricKind;
import org.ppl.infer.RandomStream;
import org.ppl.infer.SamplingFailure;

class StepSizeSearchTest {
    private static DensityPoint at(HandModel model, double... q) {
        double[] g = new double[q.length];
        double lp = model.logDensityGradient(q, g, true);
        return new DensityPoint(q, lp, g);
    }

    /**
     * Scaling the target by σ (and the start point and first step size with it) scales the
     * dynamics exactly, so with the same random numbers the search returns σ times the step size.
     */
    @Test
    void scalesWithThePosterior() {
        HandModel unit = GaussianModel.standard(1);
        double[] precision = {1e-4};
        HandModel wide = new GaussianModel(new double[1], precision, Math.log(1e4));
        Metric metric = Metric.unit(MetricKind.DIAG, 1);
        double a = StepSizeSearch.find(new NutsKernel(unit), RandomStream.of(5), at(unit, 0.3), 1.0, metric);
        double b = StepSizeSearch.find(new NutsKernel(wide), RandomStream.of(5), at(wide, 30), 100.0, metric);
        assertEquals(100 * a, b, 1e-9 * b);
        // For a unit normal one step of the final size is accepted with probability near 0.8.
        assertTrue(a > 0.25 && a < 4, "step size " + a);
    }

    @Test
    void flatDensityIsImproper() {
        HandModel flat = new HandModel(2) {
            @Override
            public double logDensityGradient(double[] x, double[] grad, boolean jacobian) {
                grad[0] = 0;
                grad[1] = 0;
                return 0;
            }
        };
        Metric metric = Metric.unit(MetricKind.DIAG, 2);
        SamplingFailure e = assertThrows(SamplingFailure.class,
                () -> StepSizeSearch.find(new NutsKernel(flat), RandomStream.of(1), at(flat, 0, 0), 1.0, metric));
        assertTrue(e.getMessage().contains("improper"), e.getMessage());
    }
}
