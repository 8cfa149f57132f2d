package org.ppl.infer.nuts;

import org.ppl.infer.MetricKind;
import org.ppl.infer.RandomStream;
import org.ppl.linalg.CholeskyKernel;
import org.ppl.linalg.TriangularKernels;

/**
 * A dense metric given by M^{-1} = L L^T. Momenta are p = L^{-T} z with z standard normal, whose
 * covariance is L^{-T} L^{-1} = M.
 */
public final class DenseMetric implements Metric {
    private final int n;
    private final double[] inverse;
    private final double[] cholesky;

    /** From the row-major n x n inverse metric, which must be symmetric positive definite. */
    public DenseMetric(double[] inverseMetric, int n) {
        if (inverseMetric.length != n * n) {
            throw new IllegalArgumentException("a dense inverse metric for " + n + " coordinates needs " + n * n
                    + " values, not " + inverseMetric.length);
        }
        this.n = n;
        inverse = inverseMetric.clone();
        for (double v : inverse) {
            if (!Double.isFinite(v)) throw new IllegalArgumentException("the inverse metric has a non-finite element");
        }
        cholesky = inverse.clone();
        if (!CholeskyKernel.factor(cholesky, n)) {
            throw new IllegalArgumentException("the dense inverse metric is not positive definite");
        }
    }

    @Override
    public int dimension() {
        return n;
    }

    @Override
    public MetricKind kind() {
        return MetricKind.DENSE;
    }

    @Override
    public void sampleMomentum(RandomStream rng, double[] p) {
        for (int i = 0; i < n; i++) p[i] = rng.nextGaussian();
        TriangularKernels.solveLowerTransposed(cholesky, n, p, 1);
    }

    @Override
    public double velocity(double[] p, double[] out) {
        double twiceKinetic = 0;
        for (int i = 0; i < n; i++) {
            int row = i * n;
            double v = 0;
            for (int j = 0; j < n; j++) v += inverse[row + j] * p[j];
            out[i] = v;
            twiceKinetic += p[i] * v;
        }
        return 0.5 * twiceKinetic;
    }

    @Override
    public double[] inverseMetric() {
        return inverse.clone();
    }
}
