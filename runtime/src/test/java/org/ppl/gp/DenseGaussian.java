package org.ppl.gp;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;

/** Direct dense computations with EJML, independent of the operations under test. */
final class DenseGaussian {
    private DenseGaussian() {}

    /** Σ_columns log N(r_c; 0, sigma) for r (n×p) and a covariance sigma (n×n), by LU. */
    static double logDensity(double[] sigma, double[] r, int n, int p) {
        DMatrixRMaj s = new DMatrixRMaj(n, n, true, sigma);
        DMatrixRMaj inv = new DMatrixRMaj(n, n);
        if (!CommonOps_DDRM.invert(s, inv)) throw new IllegalStateException("singular");
        double logDet = Math.log(CommonOps_DDRM.det(s));
        DMatrixRMaj rm = new DMatrixRMaj(n, p, true, r);
        DMatrixRMaj ir = new DMatrixRMaj(n, p);
        CommonOps_DDRM.mult(inv, rm, ir);
        double quad = 0;
        for (int t = 0; t < n * p; t++) quad += r[t] * ir.data[t];
        return -0.5 * p * logDet - 0.5 * quad - 0.5 * n * p * Math.log(2 * Math.PI);
    }

    static double[] inverse(double[] a, int n) {
        DMatrixRMaj inv = new DMatrixRMaj(n, n);
        if (!CommonOps_DDRM.invert(new DMatrixRMaj(n, n, true, a), inv)) throw new IllegalStateException("singular");
        return inv.data;
    }

    /** A B for A (n×k), B (k×m). */
    static double[] times(double[] a, double[] b, int n, int k, int m) {
        DMatrixRMaj c = new DMatrixRMaj(n, m);
        CommonOps_DDRM.mult(new DMatrixRMaj(n, k, true, a), new DMatrixRMaj(k, m, true, b), c);
        return c.data;
    }

    static double[] transpose(double[] a, int n, int m) {
        double[] t = new double[n * m];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < m; j++) t[j * n + i] = a[i * m + j];
        }
        return t;
    }

    static double meanDiagonal(double[] a, int n) {
        double s = 0;
        for (int i = 0; i < n; i++) s += a[i * n + i];
        return s / n;
    }
}
