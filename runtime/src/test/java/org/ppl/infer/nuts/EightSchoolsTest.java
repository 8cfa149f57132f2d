package org.ppl.infer.nuts;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

class EightSchoolsTest {
    /**
     * 10 parameters are tested at once; a correct sampler's smallest p-value is below 1e-3 with
     * probability about 1%. The seeds are fixed, so the outcome is too.
     */
    static final double SBC_ALPHA = 1e-3;

    @Test
    void gradientMatchesFiniteDifferences() {
        EightSchoolsModel model = new EightSchoolsModel(EightSchoolsModel.Y);
        double[] x = {1.3, 0.7, 0.2, -0.4, 1.1, 0.0, -1.3, 0.8, 0.5, -0.2};
        double[] grad = new double[10];
        model.logDensityGradient(x, grad);
        for (int i = 0; i < 10; i++) {
            double h = 1e-5;
            double[] a = x.clone();
            double[] b = x.clone();
            a[i] += h;
            b[i] -= h;
            double fd = (model.logDensity(a) - model.logDensity(b)) / (2 * h);
            assertTrue(Math.abs(fd - grad[i]) < 1e-7 * Math.max(1, Math.abs(fd)), "coordinate " + i);
        }
    }

    /** A small SBC for every build: 60 replications, ranks among 49 draws in 5 bins. */
    @Test
    void simulationBasedCalibrationSmall() {
        SimulationBasedCalibration.Result r = SimulationBasedCalibration.run(60, 300, 4, 49, 5, 2024, Leapfrog.INSTANCE);
        System.out.println(r);
        assertTrue(r.minPValue() > SBC_ALPHA, r.toString());
    }

    /** 200 replications of Stan's default run length, ranks among 99 thinned draws in 10 bins. */
    @Tag("validation")
    @Test
    void simulationBasedCalibration() {
        SimulationBasedCalibration.Result r = SimulationBasedCalibration.run(200, 1000, 10, 99, 10, 7, Leapfrog.INSTANCE);
        System.out.println(r);
        assertTrue(r.minPValue() > SBC_ALPHA, r.toString());
    }
}
