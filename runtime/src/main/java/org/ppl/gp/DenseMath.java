package org.ppl.gp;

/** Small dense products on row-major arrays for predictions (not on the gradient path). */
final class DenseMath {
    private DenseMath() {}

    /** C (n×m) = Aᵀ B for A (k×n) and B (k×m). */
    static double[] transposeTimes(double[] a, double[] b, int k, int n, int m) {
        double[] c = new double[n * m];
        for (int r = 0; r < k; r++) {
            for (int i = 0; i < n; i++) {
                double air = a[r * n + i];
                if (air == 0) continue;
                for (int j = 0; j < m; j++) c[i * m + j] += air * b[r * m + j];
            }
        }
        return c;
    }

    /** The sum of squares of each column of A (k×n). */
    static double[] columnSquares(double[] a, int k, int n) {
        double[] s = new double[n];
        for (int r = 0; r < k; r++) {
            for (int i = 0; i < n; i++) s[i] += a[r * n + i] * a[r * n + i];
        }
        return s;
    }

    /** y - m for y (n×p) and m (n) or null. */
    static double[] residual(double[] y, double[] m, int n, int p) {
        double[] r = y.clone();
        if (m == null) return r;
        for (int i = 0; i < n; i++) {
            for (int c = 0; c < p; c++) r[i * p + c] -= m[i];
        }
        return r;
    }

    /** mu (s×p) += m (s) broadcast over the columns; m may be null. */
    static void addMean(double[] mu, double[] m, int s, int p) {
        if (m == null) return;
        for (int i = 0; i < s; i++) {
            for (int c = 0; c < p; c++) mu[i * p + c] += m[i];
        }
    }
}
