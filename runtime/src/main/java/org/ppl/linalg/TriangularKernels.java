package org.ppl.linalg;

/**
 * Solves and inverses with a lower-triangular n-by-n factor L, row-major. Only the lower triangle
 * of L is read. Right-hand sides are overwritten with the solution: B n-by-m for the left solves
 * (L X = B, L^T X = B) and m-by-n for the right solves (X L = B, X L^T = B, done as left solves of
 * the transpose).
 *
 * <p>The right-hand side is copied into rows ({@link RowBuffers}) and solved in blocks of three
 * rows: the part of the update from rows already solved is one {@link RowKernels} call
 * (vectorised), and only the small triangle inside the block is resolved row by row. Wide
 * right-hand sides are split into column panels of {@link #PANEL} so that the solved rows being
 * re-read stay in cache. Vectors (m = 1) use dot products on the flat arrays instead.
 */
public final class TriangularKernels {
    /** Column panel width for wide right-hand sides (a panel of 1000 rows: 1 MB, fits L2). */
    static final int PANEL = 128;
    private static final int WIDE = 256;
    /** Rows of L^{-1} per update while inverting (measured best at n = 150 among 3 to 48). */
    static final int INVERSE_CHUNK = 12;

    private TriangularKernels() {}

    static int panelWidth(int m) {
        return m <= WIDE ? Math.max(m, 1) : PANEL;
    }

    /** B := L^{-1} B for B n-by-m. */
    public static void solveLower(double[] l, int n, double[] b, int m) {
        if (m == 1) {
            for (int i = 0; i < n; i++) b[i] = (b[i] - RowKernels.dot(l, i * n, b, 0, i)) / l[i * n + i];
            return;
        }
        double[][] x = RowBuffers.rows(0, n, m);
        RowBuffers.load(b, 0, m, x, n, m);
        solveLower(l, n, x, m);
        RowBuffers.store(x, n, m, b, 0, m);
    }

    /** B := L^{-T} B for B n-by-m. */
    public static void solveLowerTransposed(double[] l, int n, double[] b, int m) {
        if (m == 1) {
            // Back substitution by columns of L^T, which are rows of L.
            for (int i = n - 1; i >= 0; i--) {
                double x = b[i] / l[i * n + i];
                b[i] = x;
                for (int k = 0; k < i; k++) b[k] = Math.fma(-x, l[i * n + k], b[k]);
            }
            return;
        }
        double[][] x = RowBuffers.rows(0, n, m);
        RowBuffers.load(b, 0, m, x, n, m);
        solveLowerTransposed(l, n, x, m);
        RowBuffers.store(x, n, m, b, 0, m);
    }

    /** B := B L^{-1} for B m-by-n, as (L^{-T} B^T)^T. */
    public static void solveRightLower(double[] l, int n, double[] b, int m) {
        if (m == 1) {
            solveLowerTransposed(l, n, b, 1);
            return;
        }
        double[][] x = RowBuffers.rows(0, n, m);
        RowBuffers.loadTransposed(b, m, n, x);
        solveLowerTransposed(l, n, x, m);
        RowBuffers.storeTransposed(x, m, n, b);
    }

    /** B := B L^{-T} for B m-by-n, as (L^{-1} B^T)^T. */
    public static void solveRightLowerTransposed(double[] l, int n, double[] b, int m) {
        if (m == 1) {
            solveLower(l, n, b, 1);
            return;
        }
        double[][] x = RowBuffers.rows(0, n, m);
        RowBuffers.loadTransposed(b, m, n, x);
        solveLower(l, n, x, m);
        RowBuffers.storeTransposed(x, m, n, b);
    }

    /** As {@link #solveRightLowerTransposed(double[], int, double[], int)}; {@code work} is not used (may be null). */
    public static void solveRightLowerTransposed(double[] l, int n, double[] b, int m, double[] work) {
        solveRightLowerTransposed(l, n, b, m);
    }

    /** {@code out} := L^{-1}, lower triangular with zeros above (out must not alias l). */
    public static void invertLower(double[] l, int n, double[] out) {
        double[][] x = RowBuffers.rows(0, n, n);
        invertLower(l, n, x);
        RowBuffers.storeLower(x, n, out);
    }

    /** Rows x (n of length m) := L^{-1} x. */
    static void solveLower(double[] l, int n, double[][] x, int m) {
        int width = panelWidth(m);
        for (int c0 = 0; c0 < m; c0 += width) {
            int c1 = Math.min(m, c0 + width);
            for (int i = 0; i < n; i += 3) {
                int rows = Math.min(3, n - i);
                RowKernels.update(-1.0, l, i * n, n, 1, x, 0, x, i, rows, i, c0, c1);
                for (int r = i; r < i + rows; r++) {
                    for (int q = i; q < r; q++) RowKernels.axpy(-l[r * n + q], x[q], x[r], c0, c1);
                    RowKernels.scale(x[r], 1.0 / l[r * n + r], c0, c1);
                }
            }
        }
    }

    /** Rows x (n of length m) := L^{-T} x. */
    static void solveLowerTransposed(double[] l, int n, double[][] x, int m) {
        int width = panelWidth(m);
        for (int c0 = 0; c0 < m; c0 += width) {
            int c1 = Math.min(m, c0 + width);
            for (int i1 = n; i1 > 0; i1 -= 3) {
                int i0 = Math.max(0, i1 - 3);
                // Rows [i0, i1) -= L[i1:n, i0:i1)^T x[i1:n]: coefficient (r, q) = L[i1 + q, i0 + r].
                RowKernels.update(-1.0, l, i1 * n + i0, 1, n, x, i1, x, i0, i1 - i0, n - i1, c0, c1);
                for (int r = i1 - 1; r >= i0; r--) {
                    for (int q = r + 1; q < i1; q++) RowKernels.axpy(-l[q * n + r], x[q], x[r], c0, c1);
                    RowKernels.scale(x[r], 1.0 / l[r * n + r], c0, c1);
                }
            }
        }
    }

    /** Rows x := L^{-1}, with zeros above the diagonal. */
    static void invertLower(double[] l, int n, double[][] x) {
        RowBuffers.zero(x, n, n);
        for (int i = 0; i < n; i++) x[i][i] = 1.0;
        int width = panelWidth(n);
        // Column panel [c0, c1) of L^{-1} is L^{-1} times those columns of I: rows above c0 are zero
        // and row k is zero right of column k, so each update stops at the diagonal.
        for (int c0 = 0; c0 < n; c0 += width) {
            int c1 = Math.min(n, c0 + width);
            for (int i = c0; i < n; i += 3) {
                int rows = Math.min(3, n - i);
                // Row q is also zero right of column q: rows [q0, q1) update columns [c0, q1) only.
                for (int q0 = c0; q0 < i; q0 += INVERSE_CHUNK) {
                    int q1 = Math.min(i, q0 + INVERSE_CHUNK);
                    RowKernels.update(-1.0, l, i * n + q0, n, 1, x, q0, x, i, rows, q1 - q0, c0, Math.min(c1, q1));
                }
                for (int r = i; r < i + rows; r++) {
                    for (int q = i; q < r; q++) RowKernels.axpy(-l[r * n + q], x[q], x[r], c0, Math.min(c1, q + 1));
                    RowKernels.scale(x[r], 1.0 / l[r * n + r], c0, Math.min(c1, r + 1));
                }
            }
        }
    }
}
