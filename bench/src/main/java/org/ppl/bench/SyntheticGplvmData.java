package org.ppl.bench;

import java.util.SplittableRandom;

/**
 * Synthetic GP-LVM data for the benchmarks: N points on a 2-D latent plane mapped through P smooth
 * random functions plus noise, and a fixed evaluation point. Seeded, so every run measures the same
 * work.
 */
final class SyntheticGplvmData {
    final int n;
    final int p;
    final int q;
    final double[] y;
    /** The evaluation point: X (N x Q), then log ls (Q), log eta, log sigma. */
    final double[] theta;

    SyntheticGplvmData(int n, int p, int q, long seed) {
        this.n = n;
        this.p = p;
        this.q = q;
        SplittableRandom r = new SplittableRandom(seed);
        double[] x = new double[n * q];
        for (int i = 0; i < x.length; i++) x[i] = r.nextGaussian();
        double[][] w = new double[p][q];
        double[] phase = new double[p];
        for (int j = 0; j < p; j++) {
            for (int d = 0; d < q; d++) w[j][d] = r.nextGaussian();
            phase[j] = 2 * Math.PI * r.nextDouble();
        }
        y = new double[n * p];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < p; j++) {
                double s = phase[j];
                for (int d = 0; d < q; d++) s += w[j][d] * x[i * q + d];
                y[i * p + j] = Math.sin(s) + 0.1 * r.nextGaussian();
            }
        }
        theta = new double[n * q + q + 2];
        for (int i = 0; i < n * q; i++) theta[i] = x[i] + 0.1 * r.nextGaussian();
        for (int d = 0; d < q; d++) theta[n * q + d] = Math.log(1.0 + 0.2 * d);
        theta[n * q + q] = Math.log(1.0);
        theta[n * q + q + 1] = Math.log(0.3);
    }
}
