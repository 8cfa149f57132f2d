package org.ppl.linalg;

import java.util.Arrays;

/**
 * Solves and inverses with a lower-triangular n-by-n factor L, row-major. Only the lower triangle
 * of L is read. Right-hand sides are overwritten with the solution: B n-by-m for the left solves
 * (L X = B, L^T X = B) and m-by-n for the right solves (X L = B, X L^T = B).
 *
 * <p>Each solve runs over blocks of four rows: the part of the update that comes from rows already
 * solved is one {@link RowBlockKernels#update} (contiguous row segments, vectorised), and only the
 * small triangle inside the block is resolved one row at a time. Wide right-hand sides are split
 * into column panels of {@link #PANEL} so that the panel of solved rows stays in cache.
 */
public final class TriangularKernels {
    /** Column panel width for wide right-hand sides (panel of 1000 rows: 1 MB, fits L2). */
    static final int PANEL = 128;
    private static final int WIDE = 256;

    private TriangularKernels() {}

    private static int panelWidth(int m) {
        return m <= WIDE ? Math.max(m, 1) : PANEL;
    }

    /** B := L^{-1} B. */
    public static void solveLower(double[] l, int n, double[] b, int m) {
        if (m == 1) {
            for (int i = 0; i < n; i++) b[i] = (b[i] - RowBlockKernels.dot(l, i * n, b, 0, i)) / l[i * n + i];
            return;
        }
        int width = panelWidth(m);
        for (int c0 = 0; c0 < m; c0 += width) {
            int w = Math.min(width, m - c0);
            for (int i = 0; i < n; i += 4) {
                int rows = Math.min(4, n - i);
                RowBlockKernels.update(-1.0, l, i * n, n, 1, b, c0, m, b, i * m + c0, m, rows, i, w);
                for (int r = i; r < i + rows; r++) {
                    for (int q = i; q < r; q++) RowBlockKernels.axpy(-l[r * n + q], b, q * m + c0, b, r * m + c0, w);
                    scale(b, r * m + c0, w, 1.0 / l[r * n + r]);
                }
            }
        }
    }

    /** B := L^{-T} B. */
    public static void solveLowerTransposed(double[] l, int n, double[] b, int m) {
        if (m == 1) {
            // Column-oriented back substitution: row i of L is column i of L^T, a contiguous axpy.
            for (int i = n - 1; i >= 0; i--) {
                double x = b[i] / l[i * n + i];
                b[i] = x;
                RowBlockKernels.axpy(-x, l, i * n, b, 0, i);
            }
            return;
        }
        int width = panelWidth(m);
        for (int c0 = 0; c0 < m; c0 += width) {
            int w = Math.min(width, m - c0);
            for (int i1 = n; i1 > 0; i1 -= 4) {
                int i0 = Math.max(0, i1 - 4);
                // Rows [i0, i1) -= L[i1:n, i0:i1)^T B[i1:n]: coefficient (r, q) = L[i1 + q, i0 + r].
                RowBlockKernels.update(-1.0, l, i1 * n + i0, 1, n, b, i1 * m + c0, m, b, i0 * m + c0, m,
                        i1 - i0, n - i1, w);
                for (int r = i1 - 1; r >= i0; r--) {
                    for (int q = r + 1; q < i1; q++) RowBlockKernels.axpy(-l[q * n + r], b, q * m + c0, b, r * m + c0, w);
                    scale(b, r * m + c0, w, 1.0 / l[r * n + r]);
                }
            }
        }
    }

    /** B := B L^{-1}, for B m-by-n: each row x solves x L = b by back substitution. */
    public static void solveRightLower(double[] l, int n, double[] b, int m) {
        for (int i = 0; i < m; i += 4) {
            int rows = Math.min(4, m - i);
            for (int k1 = n; k1 > 0; k1 -= 8) {
                int k0 = Math.max(0, k1 - 8);
                for (int k = k1 - 1; k >= k0; k--) {
                    double inv = 1.0 / l[k * n + k];
                    for (int r = i; r < i + rows; r++) {
                        double x = b[r * n + k] * inv;
                        b[r * n + k] = x;
                        RowBlockKernels.axpy(-x, l, k * n + k0, b, r * n + k0, k - k0);
                    }
                }
                // Columns [0, k0) -= X[:, k0:k1) L[k0:k1, 0:k0): the solved columns are the coefficients.
                RowBlockKernels.update(-1.0, b, i * n + k0, n, 1, l, k0 * n, n, b, i * n, n, rows, k1 - k0, k0);
            }
        }
    }

    /**
     * B := B L^{-T}, for B m-by-n, through B^T := L^{-1} B^T; {@code work} holds at least m*n
     * (unused when m == 1).
     */
    public static void solveRightLowerTransposed(double[] l, int n, double[] b, int m, double[] work) {
        if (m == 1) {
            solveLower(l, n, b, 1);
            return;
        }
        Transpose.transpose(b, m, n, work);
        solveLower(l, n, work, m);
        Transpose.transpose(work, n, m, b);
    }

    /** {@code out} := L^{-1} (lower triangular; out must not alias l). */
    public static void invertLower(double[] l, int n, double[] out) {
        Arrays.fill(out, 0, n * n, 0.0);
        for (int i = 0; i < n; i++) out[i * n + i] = 1.0;
        int width = panelWidth(n);
        // Column panel [c0, c1) of L^{-1} is L^{-1} times the same columns of I: rows above c0 are
        // zero, and row k is zero right of column k, so each update stops at the diagonal.
        for (int c0 = 0; c0 < n; c0 += width) {
            int c1 = Math.min(n, c0 + width);
            for (int i = c0; i < n; i += 4) {
                int rows = Math.min(4, n - i);
                int solvedEnd = Math.min(c1, i);
                RowBlockKernels.update(-1.0, l, i * n + c0, n, 1, out, c0 * n + c0, n, out, i * n + c0, n,
                        rows, i - c0, solvedEnd - c0);
                for (int r = i; r < i + rows; r++) {
                    for (int q = i; q < r; q++) {
                        int len = Math.min(c1, q + 1) - c0;
                        RowBlockKernels.axpy(-l[r * n + q], out, q * n + c0, out, r * n + c0, len);
                    }
                    scale(out, r * n + c0, Math.min(c1, r + 1) - c0, 1.0 / l[r * n + r]);
                }
            }
        }
    }

    private static void scale(double[] x, int base, int len, double s) {
        for (int j = base; j < base + len; j++) x[j] *= s;
    }
}
