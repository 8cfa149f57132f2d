package org.ppl.linalg;

import java.util.Random;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;

/** Test matrices and independent reference computations (plain loops and EJML). */
final class Matrices {
    static final int[] SIZES = {1, 2, 3, 7, 31, 64, 65, 130, 257, 600};

    private Matrices() {}

    static double[] gaussian(int rows, int cols, Random r) {
        double[] x = new double[rows * cols];
        for (int i = 0; i < x.length; i++) x[i] = r.nextGaussian();
        return x;
    }

    /** A well-conditioned SPD matrix X X^T / n + I. */
    static double[] spd(int n, Random r) {
        DMatrixRMaj x = DMatrixRMaj.wrap(n, n, gaussian(n, n, r));
        DMatrixRMaj a = new DMatrixRMaj(n, n);
        CommonOps_DDRM.multTransB(1.0 / n, x, x, a);
        for (int i = 0; i < n; i++) a.add(i, i, 1.0);
        return a.data;
    }

    /** A lower-triangular matrix with diagonal in [1, 2], its strict upper triangle filled with junk. */
    static double[] lowerWithJunk(int n, Random r) {
        double[] l = new double[n * n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                if (j < i) l[i * n + j] = r.nextGaussian() / Math.sqrt(n);
                else if (j == i) l[i * n + j] = 1 + r.nextDouble();
                else l[i * n + j] = 1e6 * r.nextGaussian();
            }
        }
        return l;
    }

    static double[] lowerPart(double[] l, int n) {
        double[] out = new double[n * n];
        for (int i = 0; i < n; i++) System.arraycopy(l, i * n, out, i * n, i + 1);
        return out;
    }

    static double[] product(double[] a, double[] b, int m, int k, int n) {
        DMatrixRMaj c = new DMatrixRMaj(m, n);
        CommonOps_DDRM.mult(DMatrixRMaj.wrap(m, k, a), DMatrixRMaj.wrap(k, n, b), c);
        return c.data;
    }

    static double[] transpose(double[] a, int rows, int cols) {
        double[] t = new double[rows * cols];
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < cols; j++) t[j * rows + i] = a[i * cols + j];
        }
        return t;
    }

    static double maxAbs(double[] x) {
        double m = 0;
        for (double v : x) m = Math.max(m, Math.abs(v));
        return m;
    }

    /** max |x - y| / max(1, max |y|). */
    static double relativeError(double[] x, double[] y) {
        double m = 0;
        for (int i = 0; i < y.length; i++) m = Math.max(m, Math.abs(x[i] - y[i]));
        return m / Math.max(1.0, maxAbs(y));
    }
}
