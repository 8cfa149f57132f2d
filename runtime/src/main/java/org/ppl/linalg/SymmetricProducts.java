package org.ppl.linalg;

/**
 * Products whose result is symmetric: L^T L and L L^T for lower-triangular L (its strict upper
 * triangle is not read), and the Gram matrices A^T A and A A^T. Only the lower triangle is
 * computed, in blocks of three rows by {@link RowKernels}, and then mirrored, so the output is the
 * full symmetric matrix. Outputs must not alias inputs.
 */
public final class SymmetricProducts {
    private SymmetricProducts() {}

    /** {@code out} := L^T L for lower-triangular n-by-n L. */
    public static void lowerTransposeTimesLower(double[] l, int n, double[] out) {
        double[][] x = RowBuffers.rows(0, n, n);
        double[][] s = RowBuffers.rows(1, n, n);
        RowBuffers.loadLower(l, n, x);
        lowerTransposeTimesLower(x, n, s);
        RowBuffers.storeSymmetric(s, n, out);
    }

    /** {@code out} := L L^T for lower-triangular n-by-n L. */
    public static void lowerTimesTranspose(double[] l, int n, double[] out) {
        double[][] u = RowBuffers.rows(0, n, n);
        double[][] s = RowBuffers.rows(1, n, n);
        RowBuffers.loadLowerTransposed(l, n, u);
        RowBuffers.zero(s, n, n);
        // s[i][0:i] = sum over k <= i of L[i, k] U[k][0:i]; L[i + r, k] is read only for k <= i + r.
        for (int i = 0; i < n; i += 3) {
            int rows = Math.min(3, n - i);
            int end = i + rows;
            RowKernels.update(1.0, l, i * n, n, 1, u, 0, s, i, rows, i + 1, 0, end);
            for (int r = i + 1; r < end; r++) RowKernels.update(1.0, l, r * n + i + 1, n, 1, u, i + 1, s, r, 1, r - i, 0, end);
        }
        RowBuffers.storeSymmetric(s, n, out);
    }

    /** {@code out} (k-by-k) := A^T A for m-by-k A. */
    public static void transposeTimesSelf(double[] a, int m, int k, double[] out) {
        double[][] rows = RowBuffers.rows(0, m, k);
        double[][] s = RowBuffers.rows(1, k, k);
        RowBuffers.load(a, 0, k, rows, m, k);
        RowBuffers.zero(s, k, k);
        for (int i = 0; i < k; i += 3) {
            int count = Math.min(3, k - i);
            RowKernels.update(1.0, a, i, 1, k, rows, 0, s, i, count, m, 0, i + count);
        }
        RowBuffers.storeSymmetric(s, k, out);
    }

    /** {@code out} (m-by-m) := A A^T for m-by-k A. */
    public static void selfTimesTranspose(double[] a, int m, int k, double[] out) {
        double[][] at = RowBuffers.rows(0, k, m);
        double[][] s = RowBuffers.rows(1, m, m);
        RowBuffers.loadTransposed(a, m, k, at);
        RowBuffers.zero(s, m, m);
        for (int i = 0; i < m; i += 3) {
            int count = Math.min(3, m - i);
            RowKernels.update(1.0, a, i * k, k, 1, at, 0, s, i, count, k, 0, i + count);
        }
        RowBuffers.storeSymmetric(s, m, out);
    }

    /** As {@link #selfTimesTranspose(double[], int, int, double[])}; {@code work} is not used (may be null). */
    public static void selfTimesTranspose(double[] a, int m, int k, double[] out, double[] work) {
        selfTimesTranspose(a, m, k, out);
    }

    /**
     * Rows s += alpha A^T A on and below the diagonal, for A given as k rows of length at least n;
     * s has n rows of length at least n. Entries up to two places right of the diagonal may change
     * as well (the rows are updated in groups of three), so s's upper part is left unspecified.
     */
    public static void addTransposeTimesSelfLower(double alpha, double[][] a, int k, int n, double[][] s) {
        for (int i = 0; i < n; i += 3) {
            int rows = Math.min(3, n - i);
            RowKernels.updateTransposed(alpha, a, 0, i, a, 0, s, i, rows, k, 0, i + rows);
        }
    }

    /** Rows s := L^T L (lower triangle) for lower-triangular rows x with zeros above the diagonal. */
    static void lowerTransposeTimesLower(double[][] x, int n, double[][] s) {
        RowBuffers.zero(s, n, n);
        int width = TriangularKernels.panelWidth(n);
        // s[i][j] = sum over k >= i of x[k][i] x[k][j]: rows k >= i + 3 feed the whole block of three
        // rows; the rows inside the block feed only the rows at or above them.
        for (int c0 = 0; c0 < n; c0 += width) {
            int c1 = Math.min(n, c0 + width);
            for (int i = c0; i < n; i += 3) {
                int rows = Math.min(3, n - i);
                int end = Math.min(c1, i + rows);
                int k = i + rows;
                RowKernels.updateTransposed(1.0, x, k, i, x, k, s, i, rows, n - k, c0, end);
                for (int r = i; r < i + rows; r++) RowKernels.updateTransposed(1.0, x, r, r, x, r, s, r, 1, i + rows - r, c0, end);
            }
        }
    }
}
