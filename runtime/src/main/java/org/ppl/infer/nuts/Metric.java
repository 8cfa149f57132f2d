package org.ppl.infer.nuts;

import org.ppl.infer.MetricKind;
import org.ppl.infer.RandomStream;

/**
 * A Euclidean metric: the kinetic energy p^T M^{-1} p / 2 and momenta drawn from N(0, M). It is
 * given by the inverse metric M^{-1}, which warmup estimates as the posterior covariance.
 * Immutable; adaptation makes a new one.
 */
public sealed interface Metric permits DiagonalMetric, DenseMetric {
    int dimension();

    MetricKind kind();

    /** Fills {@code p} with a draw from N(0, M). */
    void sampleMomentum(RandomStream rng, double[] p);

    /** Writes the velocity M^{-1} p into {@code out} and returns the kinetic energy p^T M^{-1} p / 2. */
    double velocity(double[] p, double[] out);

    /** A copy of the inverse metric: n values (diagonal) or n x n row-major (dense). */
    double[] inverseMetric();

    /** The identity metric of the given kind. */
    static Metric unit(MetricKind kind, int dimension) {
        if (kind == MetricKind.DIAG) {
            double[] ones = new double[dimension];
            java.util.Arrays.fill(ones, 1.0);
            return new DiagonalMetric(ones);
        }
        double[] identity = new double[dimension * dimension];
        for (int i = 0; i < dimension; i++) identity[i * dimension + i] = 1.0;
        return new DenseMetric(identity, dimension);
    }

    /** A metric of the given kind from its inverse metric values. */
    static Metric of(MetricKind kind, double[] inverseMetric) {
        if (kind == MetricKind.DIAG) return new DiagonalMetric(inverseMetric);
        int n = (int) Math.round(Math.sqrt(inverseMetric.length));
        return new DenseMetric(inverseMetric, n);
    }
}
