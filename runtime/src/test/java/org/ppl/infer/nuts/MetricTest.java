package org.ppl.infer.nuts;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.ppl.infer.RandomStream;

class MetricTest {
    private static final double[] INVERSE = {2.0, 0.6, -0.3, 0.6, 1.0, 0.2, -0.3, 0.2, 0.5};

    /** Momenta have covariance M = (M^{-1})^{-1}: checked through E[p p^T] M^{-1} = I. */
    @Test
    void denseMomentaHaveCovarianceM() {
        Metric metric = new DenseMetric(INVERSE, 3);
        double[][] cov = momentumCovariance(metric, 200_000);
        // (E[p p^T] M^{-1}) should be the identity; entries of p p^T have sd < 3 here, so 5 sd / sqrt(N).
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                double s = 0;
                for (int k = 0; k < 3; k++) s += cov[i][k] * INVERSE[k * 3 + j];
                assertEquals(i == j ? 1 : 0, s, 5 * 3 * 2.0 / Math.sqrt(200_000), "entry " + i + "," + j);
            }
        }
    }

    @Test
    void diagonalMomentaHaveVarianceOneOverInverse() {
        Metric metric = new DiagonalMetric(new double[] {4.0, 0.25});
        double[][] cov = momentumCovariance(metric, 200_000);
        // var(p_i) = 1 / v_i; the sd of a sample variance is sqrt(2) var / sqrt(N).
        assertEquals(0.25, cov[0][0], 5 * Math.sqrt(2) * 0.25 / Math.sqrt(200_000));
        assertEquals(4.0, cov[1][1], 5 * Math.sqrt(2) * 4.0 / Math.sqrt(200_000));
        assertEquals(0.0, cov[0][1], 5 * 1.0 / Math.sqrt(200_000));
    }

    private static double[][] momentumCovariance(Metric metric, int draws) {
        int n = metric.dimension();
        RandomStream rng = RandomStream.of(7);
        double[] p = new double[n];
        double[][] cov = new double[n][n];
        for (int k = 0; k < draws; k++) {
            metric.sampleMomentum(rng, p);
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < n; j++) cov[i][j] += p[i] * p[j] / draws;
            }
        }
        return cov;
    }

    @Test
    void velocityAndKineticEnergy() {
        Metric metric = new DenseMetric(INVERSE, 3);
        double[] p = {1.0, -2.0, 0.5};
        double[] v = new double[3];
        double kinetic = metric.velocity(p, v);
        double[] expected = {2.0 - 1.2 - 0.15, 0.6 - 2.0 + 0.1, -0.3 - 0.4 + 0.25};
        assertArrayEquals(expected, v, 1e-15);
        assertEquals(0.5 * (p[0] * expected[0] + p[1] * expected[1] + p[2] * expected[2]), kinetic, 1e-15);
    }

    @Test
    void denseWithDiagonalMatrixEqualsDiagonal() {
        Metric dense = new DenseMetric(new double[] {2, 0, 0, 3}, 2);
        Metric diag = new DiagonalMetric(new double[] {2, 3});
        double[] p = {0.7, -1.1};
        double[] a = new double[2];
        double[] b = new double[2];
        assertEquals(diag.velocity(p, b), dense.velocity(p, a), 1e-15);
        assertArrayEquals(b, a, 1e-15);
    }

    @Test
    void rejectsInvalidMatrices() {
        assertThrows(IllegalArgumentException.class, () -> new DenseMetric(new double[] {1, 2, 2, 1}, 2));
        assertThrows(IllegalArgumentException.class, () -> new DiagonalMetric(new double[] {1, 0}));
        assertThrows(IllegalArgumentException.class, () -> new DiagonalMetric(new double[] {Double.NaN}));
    }
}
