package org.ppl.linalg;

import java.util.Arrays;

/**
 * Products whose result is symmetric: L^T L and L L^T for lower-triangular L, and the Gram matrices
 * A^T A and A A^T. Only the lower triangle is computed (in blocks of four rows by
 * {@link RowBlockKernels}); it is then mirrored, so the output is the full symmetric matrix.
 * Outputs must not alias inputs.
 */
public final class SymmetricProducts {
    private SymmetricProducts() {}

    /** {@code out} := L^T L for lower-triangular n-by-n L (its strict upper triangle is not read). */
    public static void lowerTransposeTimesLower(double[] l, int n, double[] out) {
        Arrays.fill(out, 0, n * n, 0.0);
        int width = n <= 256 ? Math.max(n, 1) : TriangularKernels.PANEL;
        // out[i, j] = sum over k >= max(i, j) of L[k, i] L[k, j]: row i of out gathers rows k >= i of L
        // weighted by column i. Column panels keep the rows of L being re-read in cache.
        for (int c0 = 0; c0 < n; c0 += width) {
            int c1 = Math.min(n, c0 + width);
            for (int i = c0; i < n; i += 4) {
                int rows = Math.min(4, n - i);
                int len = Math.min(c1, i + rows) - c0;
                // Rows k >= i + rows feed all rows of the block; the few k inside the block feed only
                // the rows at or above them (L[k, r] = 0 for r > k).
                int k = i + rows;
                RowBlockKernels.update(1.0, l, k * n + i, 1, n, l, k * n + c0, n, out, i * n + c0, n, rows, n - k, len);
                for (int r = i; r < i + rows; r++) {
                    RowBlockKernels.updateRow(1.0, l, r * n + r, n, l, r * n + c0, n, out, r * n + c0, i + rows - r, len);
                }
            }
        }
        Transpose.mirrorLower(out, n);
    }

    /** {@code out} := L L^T for lower-triangular n-by-n L (its strict upper triangle is not read). */
    public static void lowerTimesTranspose(double[] l, int n, double[] out) {
        // out[i, j] = L[i, 0:j+1] . L[j, 0:j+1] for j <= i: dot products of contiguous rows.
        for (int i = 0; i < n; i++) {
            int ri = i * n;
            for (int j = 0; j <= i; j++) out[ri + j] = RowBlockKernels.dot(l, ri, l, j * n, j + 1);
        }
        Transpose.mirrorLower(out, n);
    }

    /** {@code out} (k-by-k) := A^T A for m-by-k A. */
    public static void transposeTimesSelf(double[] a, int m, int k, double[] out) {
        Arrays.fill(out, 0, k * k, 0.0);
        // Row i of out (columns 0..i) gathers the rows of A weighted by column i.
        for (int i = 0; i < k; i += 4) {
            int rows = Math.min(4, k - i);
            RowBlockKernels.update(1.0, a, i, 1, k, a, 0, k, out, i * k, k, rows, m, i + rows);
        }
        Transpose.mirrorLower(out, k);
    }

    /** {@code out} (m-by-m) := A A^T for m-by-k A; {@code work} holds at least k*m. */
    public static void selfTimesTranspose(double[] a, int m, int k, double[] out, double[] work) {
        Transpose.transpose(a, m, k, work);
        Arrays.fill(out, 0, m * m, 0.0);
        for (int i = 0; i < m; i += 4) {
            int rows = Math.min(4, m - i);
            RowBlockKernels.update(1.0, a, i * k, k, 1, work, 0, m, out, i * m, m, rows, k, i + rows);
        }
        Transpose.mirrorLower(out, m);
    }
}
