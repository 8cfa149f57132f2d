package org.ppl.linalg;

/**
 * Dense products of row-major matrices: C = A B, A^T B and A B^T, overwriting C or adding a
 * multiple of the product to it. B (or B^T) and C are copied into rows ({@link RowBuffers}) and
 * updated by {@link RowKernels} in cache-sized panels; matrix-vector shapes use dot products on the
 * flat arrays instead. C must not alias A or B.
 */
public final class MatrixMultiply {
    /** Depth and width of the panel of B kept in cache (240 x 512 doubles: about 1 MB). */
    private static final int DEPTH_PANEL = 240;
    private static final int WIDTH_PANEL = 512;

    private MatrixMultiply() {}

    /** C (m x n) := A (m x k) B (k x n). */
    public static void mult(double[] a, double[] b, double[] c, int m, int k, int n) {
        java.util.Arrays.fill(c, 0, m * n, 0.0);
        multAdd(1.0, a, b, c, m, k, n);
    }

    /** C (m x n) += alpha A (m x k) B (k x n). */
    public static void multAdd(double alpha, double[] a, double[] b, double[] c, int m, int k, int n) {
        if (n == 1) {
            for (int i = 0; i < m; i++) c[i] += alpha * RowKernels.dot(a, i * k, b, 0, k);
            return;
        }
        double[][] br = RowBuffers.rows(0, k, n);
        RowBuffers.load(b, 0, n, br, k, n);
        product(alpha, a, k, 1, br, c, m, k, n);
    }

    /** C (m x n) := A^T B for A k x m, B k x n. */
    public static void multTransA(double[] a, double[] b, double[] c, int m, int k, int n) {
        java.util.Arrays.fill(c, 0, m * n, 0.0);
        multTransAAdd(1.0, a, b, c, m, k, n);
    }

    /** C (m x n) += alpha A^T B for A k x m, B k x n. */
    public static void multTransAAdd(double alpha, double[] a, double[] b, double[] c, int m, int k, int n) {
        if (n == 1) {
            for (int p = 0; p < k; p++) {
                double s = alpha * b[p];
                for (int i = 0; i < m; i++) c[i] = Math.fma(s, a[p * m + i], c[i]);
            }
            return;
        }
        double[][] br = RowBuffers.rows(0, k, n);
        RowBuffers.load(b, 0, n, br, k, n);
        product(alpha, a, 1, m, br, c, m, k, n);
    }

    /** C (m x n) := A B^T for A m x k, B n x k. */
    public static void multTransB(double[] a, double[] b, double[] c, int m, int k, int n) {
        java.util.Arrays.fill(c, 0, m * n, 0.0);
        multTransBAdd(1.0, a, b, c, m, k, n);
    }

    /** C (m x n) += alpha A B^T for A m x k, B n x k. */
    public static void multTransBAdd(double alpha, double[] a, double[] b, double[] c, int m, int k, int n) {
        if (m == 1 || n == 1) {
            // Every entry is a dot product of two contiguous rows.
            for (int i = 0; i < m; i++) {
                for (int j = 0; j < n; j++) c[i * n + j] += alpha * RowKernels.dot(a, i * k, b, j * k, k);
            }
            return;
        }
        double[][] bt = RowBuffers.rows(0, k, n);
        RowBuffers.loadTransposed(b, n, k, bt);
        product(alpha, a, k, 1, bt, c, m, k, n);
    }

    /** As {@link #multTransB(double[], double[], double[], int, int, int)}; {@code work} is not used (may be null). */
    public static void multTransB(double[] a, double[] b, double[] c, int m, int k, int n, double[] work) {
        multTransB(a, b, c, m, k, n);
    }

    /** As {@link #multTransBAdd(double, double[], double[], double[], int, int, int)}; {@code work} is not used (may be null). */
    public static void multTransBAdd(double alpha, double[] a, double[] b, double[] c, int m, int k, int n,
            double[] work) {
        multTransBAdd(alpha, a, b, c, m, k, n);
    }

    /** C += alpha op(A) B with B as k rows of n, op(A)(i, p) = a[i*ars + p*acs]. */
    private static void product(double alpha, double[] a, int ars, int acs, double[][] b, double[] c, int m, int k, int n) {
        double[][] cr = RowBuffers.rows(1, m, n);
        RowBuffers.load(c, 0, n, cr, m, n);
        for (int j0 = 0; j0 < n; j0 += WIDTH_PANEL) {
            int j1 = Math.min(n, j0 + WIDTH_PANEL);
            for (int p0 = 0; p0 < k; p0 += DEPTH_PANEL) {
                int depth = Math.min(k, p0 + DEPTH_PANEL) - p0;
                RowKernels.update(alpha, a, p0 * acs, ars, acs, b, p0, cr, 0, m, depth, j0, j1);
            }
        }
        RowBuffers.store(cr, m, n, c, 0, n);
    }
}
