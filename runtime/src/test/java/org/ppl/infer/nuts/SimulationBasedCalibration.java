package org.ppl.infer.nuts;

import java.util.Locale;
import org.apache.commons.math3.stat.inference.ChiSquareTest;
import org.ppl.infer.CancellationFlag;
import org.ppl.infer.ChainResult;
import org.ppl.infer.ProgressListener;
import org.ppl.infer.RandomStream;

/**
 * Simulation-based calibration (Talts, Betancourt, Simpson, Vehtari and Gelman 2018) of NUTS on
 * eight schools non-centred: draw parameters from the prior, data from them, sample the
 * posterior, and rank each true parameter among thinned draws. If the sampler is right, every
 * rank is uniform on 0..L; a chi-square test over equal bins checks it for each parameter.
 */
final class SimulationBasedCalibration {
    /** The smallest chi-square p-value over the 10 parameters, and which parameter gave it. */
    record Result(double minPValue, int worstParameter, int[][] histograms) {
        @Override
        public String toString() {
            return String.format(Locale.ROOT, "SBC: smallest chi-square p-value %.3g (parameter %d of mu, tau, theta_tilde)",
                    minPValue, worstParameter);
        }
    }

    private SimulationBasedCalibration() {}

    static Result run(int replications, int warmup, int thin, int ranksPerChain, int bins, long seed, Integrator integrator) {
        int draws = thin * ranksPerChain;
        int values = ranksPerChain + 1; // ranks 0..L
        if (values % bins != 0) throw new IllegalArgumentException("bins must divide the number of ranks");
        int[][] histograms = new int[10][bins];
        NutsChain chain = new NutsChain(NutsSettings.defaults().withWarmup(warmup).withDraws(draws), integrator);
        for (int rep = 0; rep < replications; rep++) {
            RandomStream prior = RandomStream.forChain(seed, rep);
            double[] truth = new double[10];
            truth[0] = 5 * prior.nextGaussian();
            truth[1] = Math.abs(5 * Math.tan(Math.PI * (prior.nextDouble() - 0.5)));
            double[] y = new double[8];
            for (int j = 0; j < 8; j++) {
                truth[2 + j] = prior.nextGaussian();
                y[j] = truth[0] + truth[1] * truth[2 + j] + EightSchoolsModel.SIGMA[j] * prior.nextGaussian();
            }
            ChainResult r = chain.run(1, new EightSchoolsModel(y), RandomStream.forChain(seed + 1, rep),
                    new CancellationFlag(), ProgressListener.NONE);
            for (int k = 0; k < 10; k++) {
                int rank = 0;
                for (int i = thin - 1; i < draws; i += thin) {
                    if (r.draws()[i][NutsChain.SAMPLER_COLUMNS.size() + k] < truth[k]) rank++;
                }
                histograms[k][rank * bins / values]++;
            }
        }
        double[] expected = new double[bins];
        java.util.Arrays.fill(expected, (double) replications / bins);
        double min = 1;
        int worst = -1;
        for (int k = 0; k < 10; k++) {
            long[] observed = new long[bins];
            for (int b = 0; b < bins; b++) observed[b] = histograms[k][b];
            double p = new ChiSquareTest().chiSquareTest(expected, observed);
            if (p < min) {
                min = p;
                worst = k;
            }
        }
        return new Result(min, worst, histograms);
    }
}
