package org.ppl.infer.nuts;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.ppl.infer.CancellationFlag;
import org.ppl.infer.ChainProgress;
import org.ppl.infer.ChainResult;
import org.ppl.infer.InitialisationFailure;
import org.ppl.infer.ProgressListener;
import org.ppl.infer.RandomStream;
import org.ppl.model.Model;

class NutsChainTest {
    private static final NutsSettings SHORT = NutsSettings.defaults().withWarmup(150).withDraws(100);

    @Test
    void rowsHoldStansSamplerColumnsThenConstrainedValues() {
        Model model = new PoissonGammaModel(2, 1, new int[] {3, 4, 2});
        ChainResult r = new NutsChain(SHORT).run(1, model, RandomStream.forChain(1, 1), new CancellationFlag(),
                ProgressListener.NONE);
        assertEquals(List.of("lp__", "accept_stat__", "stepsize__", "treedepth__", "n_leapfrog__", "divergent__",
                "energy__", "lambda", "twice"), r.columns());
        assertEquals(100, r.drawCount());
        for (double[] row : r.draws()) {
            double lambda = row[7];
            assertEquals(model.logDensity(new double[] {Math.log(lambda)}), row[0], 1e-12);
            assertTrue(row[1] >= 0 && row[1] <= 1);
            assertEquals(r.tuning().stepSize(), row[2], 0);
            assertEquals(Math.rint(row[3]), row[3], 0);
            assertTrue(row[4] >= 1 && row[4] <= 1023);
            assertTrue(row[5] == 0 || row[5] == 1);
            assertTrue(row[6] >= -row[0], "energy is -lp plus a non-negative kinetic energy");
            assertEquals(2 * lambda, row[8], 1e-12);
        }
        assertTrue(r.warmupSeconds() > 0 && r.samplingSeconds() > 0);
    }

    @Test
    void listenerHearsEveryIterationInOrder() {
        List<ChainProgress> heard = Collections.synchronizedList(new ArrayList<>());
        boolean[] finished = new boolean[1];
        ProgressListener listener = new ProgressListener() {
            @Override
            public void onIteration(ChainProgress p) {
                heard.add(p);
            }

            @Override
            public void onChainFinished(int chain, boolean interrupted) {
                finished[0] = !interrupted;
            }
        };
        new NutsChain(SHORT).run(3, GaussianModel.standard(2), RandomStream.forChain(1, 3), new CancellationFlag(), listener);
        assertEquals(250, heard.size());
        for (int i = 0; i < heard.size(); i++) {
            ChainProgress p = heard.get(i);
            assertEquals(3, p.chain());
            assertEquals(i + 1, p.iteration());
            assertEquals(250, p.totalIterations());
            assertEquals(i < 150 ? ChainProgress.Phase.WARMUP : ChainProgress.Phase.SAMPLING, p.phase());
            if (i > 0) assertTrue(p.elapsedSeconds() >= heard.get(i - 1).elapsedSeconds());
        }
        assertTrue(finished[0]);
    }

    /** The same seed gives bit-identical chains on one thread or three, and for a chain run alone. */
    @Test
    void drawsDoNotDependOnThreads() {
        Model model = GaussianModel.autoregressive(4, 0.7, 0.5, 2);
        List<ChainResult> one = Nuts.sample(model, SHORT, 3, 1, 99, new CancellationFlag(), ProgressListener.NONE);
        List<ChainResult> three = Nuts.sample(model, SHORT, 3, 3, 99, new CancellationFlag(), ProgressListener.NONE);
        ChainResult alone = new NutsChain(SHORT).run(2, model.copy(), RandomStream.forChain(99, 2), new CancellationFlag(),
                ProgressListener.NONE);
        for (int c = 0; c < 3; c++) {
            assertEquals(c + 1, one.get(c).chain());
            for (int i = 0; i < 100; i++) assertArrayEquals(one.get(c).draws()[i], three.get(c).draws()[i], 0);
        }
        for (int i = 0; i < 100; i++) assertArrayEquals(one.get(1).draws()[i], alone.draws()[i], 0);
        assertTrue(one.get(0).draws()[0][7] != one.get(1).draws()[0][7], "chains differ");
    }

    /** Cancelling keeps the draws so far and marks the chains interrupted. */
    @Test
    void cancellationStopsCleanlyKeepingDraws() {
        CancellationFlag cancel = new CancellationFlag();
        ProgressListener cancelAt = p -> {
            if (p.chain() == 1 && p.iteration() == 200) cancel.cancel();
        };
        List<ChainResult> r = Nuts.sample(GaussianModel.standard(3), SHORT, 2, 1, 5, cancel, cancelAt);
        assertTrue(r.get(0).interrupted());
        assertEquals(50, r.get(0).drawCount());
        assertEquals(100, r.get(0).requestedDraws());
        assertTrue(r.get(1).interrupted());
        assertEquals(0, r.get(1).drawCount());
    }

    @Test
    void initialisationFailureReachesTheCaller() {
        Model impossible = new HandModel(2) {
            @Override
            public double logDensityGradient(double[] x, double[] grad, boolean jacobian) {
                return Double.NEGATIVE_INFINITY;
            }
        };
        assertThrows(InitialisationFailure.class, () -> Nuts.sample(impossible, SHORT, 2, 7));
    }

    @Test
    void givenInitialValuesAndNoWarmup() {
        Model model = new PoissonGammaModel(2, 1, new int[] {3, 4, 2});
        NutsSettings s = SHORT.withWarmup(0).withInitialValues(new double[] {3.0}).withStepSize(0.3);
        ChainResult r = new NutsChain(s).run(1, model, RandomStream.forChain(1, 1), new CancellationFlag(),
                ProgressListener.NONE);
        assertEquals(0.3, r.tuning().stepSize(), 0);
        assertEquals(0.3, r.draws()[0][2], 0);
        assertArrayEquals(new double[] {1.0}, r.tuning().inverseMetric(), 0);
    }
}
