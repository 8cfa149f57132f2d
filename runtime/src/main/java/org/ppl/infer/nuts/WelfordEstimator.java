package org.ppl.infer.nuts;

/**
 * Running mean and (co)variance by Welford's algorithm, numerically stable in one pass. The
 * variance estimates divide by n - 1. Diagonal mode keeps only the variances.
 */
final class WelfordEstimator {
    private final int n;
    private final boolean dense;
    private final double[] mean;
    private final double[] m2;
    private final double[] delta;
    private int count;

    WelfordEstimator(int dimension, boolean dense) {
        this.n = dimension;
        this.dense = dense;
        this.mean = new double[n];
        this.m2 = new double[dense ? n * n : n];
        this.delta = new double[n];
    }

    void restart() {
        count = 0;
        java.util.Arrays.fill(mean, 0.0);
        java.util.Arrays.fill(m2, 0.0);
    }

    int count() {
        return count;
    }

    void add(double[] x) {
        count++;
        for (int i = 0; i < n; i++) {
            delta[i] = x[i] - mean[i];
            mean[i] += delta[i] / count;
        }
        if (dense) {
            for (int i = 0; i < n; i++) {
                double after = x[i] - mean[i];
                int row = i * n;
                for (int j = 0; j < n; j++) m2[row + j] += after * delta[j];
            }
        } else {
            for (int i = 0; i < n; i++) m2[i] += (x[i] - mean[i]) * delta[i];
        }
    }

    /** The sample variances (diagonal) or covariance matrix (dense, row-major); needs count >= 2. */
    double[] variance() {
        double[] out = new double[m2.length];
        for (int k = 0; k < out.length; k++) out[k] = m2[k] / (count - 1.0);
        if (dense) {
            // The update is symmetric in exact arithmetic; make it so in floating point.
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < i; j++) {
                    double s = 0.5 * (out[i * n + j] + out[j * n + i]);
                    out[i * n + j] = s;
                    out[j * n + i] = s;
                }
            }
        }
        return out;
    }
}
