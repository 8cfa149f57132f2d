package org.ppl.dist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Random;
import java.util.SplittableRandom;
import org.apache.commons.math3.distribution.BetaDistribution;
import org.apache.commons.math3.distribution.NormalDistribution;
import org.junit.jupiter.api.Test;
import org.ppl.ad.Shape;

/**
 * Seeded draws of MvNormal, Dirichlet and LKJCholeskyCorr through their known marginals: a
 * projection a'x of a multivariate normal is normal with variance a'Sa; a Dirichlet coordinate is
 * Beta(a_k, sum a - a_k); an LKJ(eta) correlation of an n-by-n matrix is 2 Beta(b, b) - 1 with b =
 * eta - 1 + n / 2.
 */
class VectorSamplingTest {
    private static final int DRAWS = 20000;

    @Test
    void mvNormalRowsHaveTheirMeanCovarianceAndNormalProjections() {
        int d = 3;
        double[] cov = MvNormalTest.spd(new Random(21), d);
        double[] mu = {1, -2, 0.5};
        for (String keyword : new String[] {"cov", "chol"}) {
            double[] scale = keyword.equals("cov") ? cov : MvNormalTest.choleskyOf(cov, d);
            double[] out = new double[DRAWS * d];
            Harness.dist("MvNormal", keyword).sample(new SplittableRandom(22), new double[][] {mu, scale},
                    new Shape[] {Shape.vector(d), Shape.matrix(d, d)}, Shape.matrix(DRAWS, d), out);
            double[] a = {0.3, -1, 0.8};
            double[] projection = new double[DRAWS];
            double[] product = new double[DRAWS];
            for (int i = 0; i < DRAWS; i++) {
                for (int j = 0; j < d; j++) projection[i] += a[j] * out[i * d + j];
                product[i] = (out[i * d] - mu[0]) * (out[i * d + 2] - mu[2]);
            }
            double mean = 0;
            double variance = 0;
            for (int j = 0; j < d; j++) {
                mean += a[j] * mu[j];
                for (int k = 0; k < d; k++) variance += a[j] * cov[j * d + k] * a[k];
            }
            NormalDistribution normal = new NormalDistribution(null, mean, Math.sqrt(variance));
            Statistics.assertFits(projection, normal::cumulativeProbability, keyword + " projection");
            Statistics.assertMean(projection, mean, keyword + " projection");
            Statistics.assertVariance(projection, variance, keyword + " projection");
            Statistics.assertMean(product, cov[2], keyword + " covariance (0, 2)");
        }
    }

    @Test
    void mvNormalRefusesACovarianceThatIsNotPositiveDefinite() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Harness.dist("MvNormal").sample(
                new SplittableRandom(1), new double[][] {{0, 0}, {1, 2, 2, 1}},
                new Shape[] {Shape.vector(2), Shape.matrix(2, 2)}, Shape.vector(2), new double[2]));
        assertEquals("MvNormal: cov is not positive definite", e.getMessage());
    }

    @Test
    void dirichletCoordinatesAreBetas() {
        for (double[] a : new double[][] {{2, 0.5, 3.5}, {0.05, 0.1, 0.2}}) {
            double[] out = new double[DRAWS * 3];
            Harness.dist("Dirichlet").sample(new SplittableRandom(23), new double[][] {a}, new Shape[] {Shape.vector(3)},
                    Shape.matrix(DRAWS, 3), out);
            double total = a[0] + a[1] + a[2];
            for (int k = 0; k < 3; k++) {
                double[] coordinate = new double[DRAWS];
                for (int i = 0; i < DRAWS; i++) coordinate[i] = out[i * 3 + k];
                BetaDistribution beta = new BetaDistribution(null, a[k], total - a[k]);
                Statistics.assertFits(coordinate, beta::cumulativeProbability, "Dirichlet coordinate " + k);
                Statistics.assertMean(coordinate, a[k] / total, "Dirichlet coordinate " + k);
            }
            for (int i = 0; i < DRAWS; i++) {
                assertEquals(1.0, out[i * 3] + out[i * 3 + 1] + out[i * 3 + 2], 1e-12);
            }
        }
    }

    @Test
    void lkjCorrelationsHaveTheirBetaMarginals() {
        for (int n : new int[] {2, 3, 5}) {
            for (double eta : new double[] {0.6, 1, 4}) {
                double[] out = new double[n * n];
                SplittableRandom rng = new SplittableRandom(24 + n);
                double[] first = new double[DRAWS / 4];
                double[] last = new double[DRAWS / 4];
                for (int s = 0; s < first.length; s++) {
                    Harness.dist("LKJCholeskyCorr").sample(rng, new double[][] {{n}, {eta}},
                            new Shape[] {Shape.SCALAR, Shape.SCALAR}, Shape.matrix(n, n), out);
                    // Omega_10 = L_10 L_00; Omega_(n-1)(n-2) = row n-1 dotted with row n-2.
                    first[s] = (out[n] * out[0] + 1) / 2;
                    double dot = 0;
                    for (int c = 0; c < n; c++) dot += out[(n - 1) * n + c] * out[(n - 2) * n + c];
                    last[s] = (dot + 1) / 2;
                    for (int r = 0; r < n; r++) {
                        double norm = 0;
                        for (int c = 0; c < n; c++) norm += out[r * n + c] * out[r * n + c];
                        assertEquals(1.0, norm, 1e-12, "unit row");
                    }
                }
                double b = eta - 1 + n / 2.0;
                BetaDistribution beta = new BetaDistribution(null, b, b);
                Statistics.assertFits(first, beta::cumulativeProbability, "n " + n + " eta " + eta + " Omega_10");
                Statistics.assertFits(last, beta::cumulativeProbability, "n " + n + " eta " + eta + " last");
            }
        }
    }
}
