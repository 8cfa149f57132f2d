package org.ppl.infer.nuts;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.ppl.ad.NumericFailure;
import org.ppl.infer.DensityPoint;
import org.ppl.infer.MetricKind;
import org.ppl.infer.RandomStream;
import org.ppl.model.Model;

class NutsKernelTest {
    static DensityPoint at(Model model, double... q) {
        double[] g = new double[q.length];
        double lp = model.logDensityGradient(q, g);
        return new DensityPoint(q, lp, g);
    }

    /** Bit for bit the same transitions as the plain transcription of Stan's algorithm. */
    @Test
    void agreesExactlyWithThePlainTranscription() {
        Model model = GaussianModel.autoregressive(6, 0.9, 0.3, 3);
        double[] inverse = new double[36];
        for (int i = 0; i < 6; i++) {
            for (int j = 0; j < 6; j++) inverse[i * 6 + j] = (i == j ? 1.0 : 0.3) * (0.5 + 0.1 * i) * (0.5 + 0.1 * j);
        }
        for (Metric metric : new Metric[] {new DenseMetric(inverse, 6), new DiagonalMetric(new double[] {1, 2, 3, 1, 2, 3})}) {
            for (double eps : new double[] {0.05, 0.3, 1.5}) {
                NutsKernel kernel = new NutsKernel(model, Leapfrog.INSTANCE, 8, 1000);
                RandomStream a = RandomStream.of(11);
                RandomStream b = RandomStream.of(11);
                ReferenceNuts reference = new ReferenceNuts(model, metric, eps, 8, b);
                DensityPoint s1 = at(model, 0.1, -0.2, 0.3, 0.4, -0.5, 0.6);
                DensityPoint s2 = s1;
                for (int t = 0; t < 200; t++) {
                    Transition x = kernel.step(a, s1, eps, metric);
                    Transition y = reference.transition(s2);
                    assertArrayEquals(y.state().position(), x.state().position(), 0, "position at transition " + t);
                    assertEquals(y.info(), x.info(), "info at transition " + t);
                    s1 = x.state();
                    s2 = y.state();
                }
            }
        }
    }

    /**
     * The kernel allocates per transition (the returned state), never per leapfrog step: a
     * transition of 1023 steps allocates no more than one of 7.
     */
    @Test
    void noAllocationPerLeapfrogStep() {
        java.lang.management.ThreadMXBean bean = java.lang.management.ManagementFactory.getThreadMXBean();
        org.junit.jupiter.api.Assumptions.assumeTrue(bean instanceof com.sun.management.ThreadMXBean,
                "this JVM does not report allocated bytes");
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) bean;
        Model model = GaussianModel.standard(20);
        NutsKernel kernel = new NutsKernel(model);
        Metric metric = Metric.unit(MetricKind.DIAG, 20);
        RandomStream rng = RandomStream.of(3);
        DensityPoint state = at(model, new double[20]);
        long[] perTransition = new long[2];
        double[] steps = {1e-4, 0.5};
        for (int warm = 0; warm < 2; warm++) {
            for (int k = 0; k < 2; k++) {
                long before = threads.getThreadAllocatedBytes(Thread.currentThread().getId());
                int leapfrogs = 0;
                for (int t = 0; t < 50; t++) leapfrogs += kernel.step(rng, state, steps[k], metric).info().leapfrogSteps();
                perTransition[k] = (threads.getThreadAllocatedBytes(Thread.currentThread().getId()) - before) / 50;
                if (k == 0) assertEquals(50 * 1023, leapfrogs);
            }
        }
        assertTrue(perTransition[0] < 2 * perTransition[1] + 1024,
                "bytes per transition: " + perTransition[0] + " with 1023 steps, " + perTransition[1] + " with few");
    }

    /** Tree depth, leapfrog count and acceptance statistic are consistent with each other. */
    @Test
    void treeBookkeeping() {
        Model model = GaussianModel.standard(10);
        NutsKernel kernel = new NutsKernel(model);
        Metric metric = Metric.unit(MetricKind.DIAG, 10);
        RandomStream rng = RandomStream.of(2);
        DensityPoint state = at(model, new double[10]);
        for (int t = 0; t < 500; t++) {
            Transition tr = kernel.step(rng, state, 0.4, metric);
            NutsInfo info = tr.info();
            int d = info.treeDepth();
            // The accepted tree has 2^d - 1 steps; a final rejected subtree adds up to 2^d more.
            assertTrue(info.leapfrogSteps() >= (1 << d) - 1 && info.leapfrogSteps() <= (1 << (d + 1)) - 1,
                    "depth " + d + " with " + info.leapfrogSteps() + " steps");
            assertTrue(info.acceptStat() >= 0 && info.acceptStat() <= 1);
            assertEquals(0.4, info.stepSize());
            assertTrue(Double.isFinite(info.energy()));
            assertEquals(model.logDensity(tr.state().position()), tr.state().logDensity(), 1e-12);
            state = tr.state();
        }
    }

    /** With a tiny step the trajectory never turns: every tree reaches the maximum depth. */
    @Test
    void stopsAtMaximumDepth() {
        Model model = GaussianModel.standard(2);
        NutsKernel kernel = new NutsKernel(model, Leapfrog.INSTANCE, 4, 1000);
        Metric metric = Metric.unit(MetricKind.DIAG, 2);
        Transition t = kernel.step(RandomStream.of(4), at(model, 1, 1), 1e-4, metric);
        assertEquals(4, t.info().treeDepth());
        assertEquals(15, t.info().leapfrogSteps());
        assertEquals(1.0, t.info().acceptStat(), 1e-6);
    }

    /** A step size far too large for the posterior diverges on the first step. */
    @Test
    void energyErrorAboveThresholdIsDivergent() {
        Model model = GaussianModel.standard(2);
        NutsKernel kernel = new NutsKernel(model);
        Metric metric = Metric.unit(MetricKind.DIAG, 2);
        DensityPoint start = at(model, 1, 1);
        Transition t = kernel.step(RandomStream.of(4), start, 200, metric);
        assertTrue(t.info().divergent());
        assertEquals(0, t.info().treeDepth());
        assertEquals(1, t.info().leapfrogSteps());
        assertArrayEquals(start.position(), t.state().position(), 0);
    }

    /**
     * A density that throws a numeric failure beyond x = 1 (a half-line cut off by an exception):
     * trajectories that reach it end as divergences, the chain goes on, and every state stays on
     * the good side.
     */
    @Test
    void numericFailureEndsTheSubtreeAsADivergence() {
        Model model = new HandModel(1) {
            @Override
            public double logDensityGradient(double[] x, double[] grad, boolean jacobian) {
                if (x[0] > 1) throw new NumericFailure("beyond the edge");
                grad[0] = -x[0];
                return -0.5 * x[0] * x[0];
            }
        };
        NutsKernel kernel = new NutsKernel(model);
        Metric metric = Metric.unit(MetricKind.DIAG, 1);
        RandomStream rng = RandomStream.of(9);
        DensityPoint state = at(model, 0.0);
        int divergent = 0;
        for (int t = 0; t < 2000; t++) {
            Transition tr = kernel.step(rng, state, 0.5, metric);
            if (tr.info().divergent()) divergent++;
            assertTrue(tr.state().position()[0] <= 1);
            state = tr.state();
        }
        assertTrue(divergent > 50, "divergences " + divergent);
    }
}
