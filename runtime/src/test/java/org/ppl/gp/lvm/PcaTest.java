package org.ppl.gp.lvm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.SplittableRandom;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.EigenDecomposition;
import org.apache.commons.math3.linear.RealMatrix;
import org.junit.jupiter.api.Test;

class PcaTest {
    /** Correlated data: N points with a dominant, a middle and a weak direction in P = 4. */
    private static double[] data(int n, SplittableRandom r) {
        double[] y = new double[n * 4];
        for (int i = 0; i < n; i++) {
            double a = 3 * r.nextGaussian(), b = 1.5 * r.nextGaussian(), c = 0.3 * r.nextGaussian();
            y[i * 4] = a + b + 5;
            y[i * 4 + 1] = a - b - 2;
            y[i * 4 + 2] = 0.5 * a + c;
            y[i * 4 + 3] = c - b + 0.1 * r.nextGaussian();
        }
        return y;
    }

    @Test
    void scoresAreTheProjectionsOnTheLeadingEigenvectorsScaledToUnitVariance() {
        int n = 60;
        double[] y = data(n, new SplittableRandom(1));
        double[] x = Pca.scores(y, n, 4, 2, new SplittableRandom(2));
        double[] projection = Pca.projection(y, n, 4, 2);
        double[][] centred = new double[n][4];
        for (int j = 0; j < 4; j++) {
            double mean = 0;
            for (int i = 0; i < n; i++) mean += y[i * 4 + j] / n;
            for (int i = 0; i < n; i++) centred[i][j] = y[i * 4 + j] - mean;
        }
        RealMatrix c = new Array2DRowRealMatrix(centred);
        EigenDecomposition eigen = new EigenDecomposition(c.transpose().multiply(c));
        for (int k = 0; k < 2; k++) {
            // Commons Math orders eigenvalues descending.
            double[] z = c.operate(eigen.getEigenvector(k)).toArray();
            double sd = Math.sqrt(java.util.Arrays.stream(z).map(v -> v * v).sum() / n);
            int largest = 0;
            for (int i = 0; i < n; i++) if (Math.abs(z[i]) > Math.abs(z[largest])) largest = i;
            double sign = Math.signum(z[largest]);
            for (int i = 0; i < n; i++) {
                assertEquals(sign * z[i] / sd, x[i * 2 + k], 1e-9, "component " + k + " point " + i);
                assertEquals(sign * z[i], projection[i * 2 + k], 1e-9, "projection " + k + " point " + i);
            }
        }
    }

    @Test
    void componentsBeyondTheRankAreStandardNormalDraws() {
        int n = 200;
        double[] y = new double[n * 2];
        SplittableRandom r = new SplittableRandom(3);
        for (int i = 0; i < n * 2; i++) y[i] = r.nextGaussian();
        double[] x = Pca.scores(y, n, 2, 4, new SplittableRandom(4));
        for (int k = 2; k < 4; k++) {
            double mean = 0, squares = 0;
            for (int i = 0; i < n; i++) {
                mean += x[i * 4 + k] / n;
                squares += x[i * 4 + k] * x[i * 4 + k] / n;
            }
            // Mean and variance of 200 standard normals: 5 standard errors.
            assertEquals(0, mean, 5 / Math.sqrt(n));
            assertEquals(1, squares, 5 * Math.sqrt(2.0 / n));
        }
        SplittableRandom same = new SplittableRandom(4);
        assertEquals(same.nextGaussian(), x[2], 0.0, "drawn in order from the generator given");
    }

    @Test
    void theSameDataGiveTheSameSigns() {
        int n = 30;
        double[] y = data(n, new SplittableRandom(5));
        double[] negated = y.clone();
        for (int i = 0; i < negated.length; i++) negated[i] = -negated[i];
        double[] a = Pca.scores(y, n, 4, 3, new SplittableRandom(1));
        double[] b = Pca.scores(negated, n, 4, 3, new SplittableRandom(1));
        for (int i = 0; i < a.length; i++) assertEquals(a[i], b[i], 1e-9);
    }

    @Test
    void argumentsAreChecked() {
        assertThrows(IllegalArgumentException.class, () -> Pca.scores(new double[5], 2, 3, 1, new SplittableRandom(1)));
        assertThrows(IllegalArgumentException.class, () -> Pca.scores(new double[6], 2, 3, 0, new SplittableRandom(1)));
        assertThrows(IllegalArgumentException.class, () -> Pca.scores(new double[3], 1, 3, 1, new SplittableRandom(1)));
        assertThrows(IllegalArgumentException.class, () -> Pca.projection(new double[8], 4, 2, 3), "beyond the rank");
    }
}
