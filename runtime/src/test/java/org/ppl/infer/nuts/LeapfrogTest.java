package org.ppl.infer.nuts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.ppl.ad.NumericFailure;
import org.ppl.infer.MetricKind;
import org.ppl.model.Model;

/** The leapfrog integrator on systems with known solutions. */
class LeapfrogTest {
    private static PhasePoint start(Model model, Metric metric, double[] q, double[] p) {
        PhasePoint z = new PhasePoint(q.length);
        System.arraycopy(q, 0, z.q, 0, q.length);
        System.arraycopy(p, 0, z.p, 0, p.length);
        z.evaluate(model);
        z.updateKinetic(metric);
        return z;
    }

    /**
     * Harmonic oscillator H = q²/2 + p²/2: the exact flow is a rotation, q(t) = q0 cos t + p0 sin t.
     * Leapfrog's global error over a fixed time is O(ε²): halving ε quarters it.
     */
    @Test
    void secondOrderOnTheHarmonicOscillator() {
        Model model = GaussianModel.standard(1);
        Metric metric = Metric.unit(MetricKind.DIAG, 1);
        double time = 1.0;
        double previous = Double.NaN;
        for (int steps : new int[] {10, 20, 40, 80}) {
            PhasePoint z = start(model, metric, new double[] {1.0}, new double[] {0.5});
            double eps = time / steps;
            for (int k = 0; k < steps; k++) Leapfrog.INSTANCE.step(model, metric, z, eps);
            double exactQ = Math.cos(time) + 0.5 * Math.sin(time);
            double exactP = -Math.sin(time) + 0.5 * Math.cos(time);
            double error = Math.hypot(z.q[0] - exactQ, z.p[0] - exactP);
            if (!Double.isNaN(previous)) assertEquals(4.0, previous / error, 0.05, "error ratio at " + steps + " steps");
            previous = error;
        }
    }

    /** One step of size ε, then one of -ε, returns to the start: time reversibility. */
    @Test
    void reversible() {
        Model model = GaussianModel.autoregressive(5, 0.8, 0.5, 2);
        double[] inv = {0.3, 0.1, 0.0, 0.0, 0.0, 0.1, 0.5, 0.0, 0.0, 0.0, 0.0, 0.0, 1.0, 0.2, 0.0, 0.0, 0.0, 0.2, 2.0,
            0.1, 0.0, 0.0, 0.0, 0.1, 0.7};
        Metric metric = new DenseMetric(inv, 5);
        double[] q = {0.3, -1.2, 0.7, 2.0, -0.4};
        double[] p = {1.0, 0.2, -0.5, 0.3, 0.9};
        PhasePoint z = start(model, metric, q, p);
        for (int k = 0; k < 7; k++) Leapfrog.INSTANCE.step(model, metric, z, 0.13);
        for (int k = 0; k < 7; k++) Leapfrog.INSTANCE.step(model, metric, z, -0.13);
        for (int i = 0; i < 5; i++) {
            assertEquals(q[i], z.q[i], 1e-12);
            assertEquals(p[i], z.p[i], 1e-12);
        }
    }

    /** The one-step map has Jacobian determinant 1 (volume preservation), by finite differences. */
    @Test
    void preservesVolume() {
        Model model = GaussianModel.autoregressive(2, 0.6, 0.7, 1.5);
        Metric metric = new DiagonalMetric(new double[] {0.8, 1.7});
        double[] x0 = {0.4, -0.3, 0.9, 0.2}; // q1 q2 p1 p2
        double h = 1e-6;
        double[][] jac = new double[4][4];
        for (int j = 0; j < 4; j++) {
            double[] plus = map(model, metric, x0, j, h);
            double[] minus = map(model, metric, x0, j, -h);
            for (int i = 0; i < 4; i++) jac[i][j] = (plus[i] - minus[i]) / (2 * h);
        }
        double det = new org.apache.commons.math3.linear.LUDecomposition(
                new org.apache.commons.math3.linear.Array2DRowRealMatrix(jac)).getDeterminant();
        assertEquals(1.0, det, 1e-7);
    }

    private static double[] map(Model model, Metric metric, double[] x0, int j, double h) {
        double[] x = x0.clone();
        x[j] += h;
        PhasePoint z = start(model, metric, new double[] {x[0], x[1]}, new double[] {x[2], x[3]});
        Leapfrog.INSTANCE.step(model, metric, z, 0.7);
        return new double[] {z.q[0], z.q[1], z.p[0], z.p[1]};
    }

    /** The energy error stays bounded (O(ε²)) over many steps instead of drifting. */
    @Test
    void energyErrorBounded() {
        Model model = GaussianModel.standard(3);
        Metric metric = Metric.unit(MetricKind.DIAG, 3);
        PhasePoint z = start(model, metric, new double[] {1, -1, 0.5}, new double[] {0.2, 0.3, -1});
        double h0 = z.hamiltonian();
        double worst = 0;
        for (int k = 0; k < 10_000; k++) {
            Leapfrog.INSTANCE.step(model, metric, z, 0.1);
            worst = Math.max(worst, Math.abs(z.hamiltonian() - h0));
        }
        assertTrue(worst < 0.01, "energy error " + worst);
    }

    /** A numeric failure inside the step leaves an infinite energy, not an exception. */
    @Test
    void numericFailureGivesInfiniteEnergy() {
        Model failing = new HandModel(1) {
            @Override
            public double logDensityGradient(double[] x, double[] grad, boolean jacobian) {
                if (x[0] > 1) throw new NumericFailure("x beyond 1");
                grad[0] = -x[0];
                return -0.5 * x[0] * x[0];
            }
        };
        Metric metric = Metric.unit(MetricKind.DIAG, 1);
        PhasePoint z = start(failing, metric, new double[] {0.9}, new double[] {3});
        Leapfrog.INSTANCE.step(failing, metric, z, 0.5);
        assertEquals(Double.POSITIVE_INFINITY, z.hamiltonian());
    }
}
