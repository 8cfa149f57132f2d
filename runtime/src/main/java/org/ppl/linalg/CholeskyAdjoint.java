package org.ppl.linalg;

/**
 * Reverse mode of the Cholesky factorisation, blocked as in Murray (2016), "Differentiation of
 * the Cholesky decomposition", arXiv:1602.07527, section 4: the blocks of the factor are visited
 * from the last to the first, and for each block of columns [j, k), with R = L[j:k, :j],
 * D = L[j:k, j:k], B = L[k:, :j], C = L[k:, j:k] and the same blocks of the adjoint,
 *
 * <pre>
 *   Cbar = Cbar D^{-1}
 *   Bbar = Bbar - Cbar R
 *   Dbar = tril(Dbar - Cbar^T C),  then the unblocked reverse on the block D
 *   Rbar = Rbar - Cbar^T B - (Dbar + Dbar^T) R
 * </pre>
 *
 * All but the small diagonal block are level-3 updates of rows ({@link RowKernels}). The result is
 * the adjoint with respect to the lower triangle of A; {@link #reverse} adds its symmetrised form
 * (off-diagonal entries split evenly between (i, j) and (j, i)), the gradient for a symmetric A.
 */
public final class CholeskyAdjoint {
    /** Columns per block of the reverse sweep. */
    public static final int DEFAULT_BLOCK = 32;

    private CholeskyAdjoint() {}

    /**
     * Adds to {@code aAdjoint} the symmetrised adjoint of A = L L^T given the adjoint of L. Only the
     * lower triangles of {@code l} and {@code lAdjoint} are read; neither is changed.
     */
    public static void reverse(double[] l, double[] lAdjoint, int n, double[] aAdjoint) {
        reverse(l, lAdjoint, n, DEFAULT_BLOCK, aAdjoint);
    }

    /** As {@link #reverse(double[], double[], int, double[])} with a chosen block size (for tests). */
    public static void reverse(double[] l, double[] lAdjoint, int n, int block, double[] aAdjoint) {
        if (block < 1) throw new IllegalArgumentException("block size " + block);
        double[][] lr = RowBuffers.rows(0, n, n);
        double[][] g = RowBuffers.rows(1, n, n);
        double[][] sym = RowBuffers.rows(2, block, block);
        RowBuffers.loadLower(l, n, lr);
        RowBuffers.loadLower(lAdjoint, n, g);
        for (int k = n; k > 0; k -= block) {
            int j = Math.max(0, k - block);
            reverseBlock(lr, g, sym, n, j, k);
        }
        for (int i = 0; i < n; i++) {
            double[] row = g[i];
            aAdjoint[i * n + i] += row[i];
            for (int c = 0; c < i; c++) {
                double half = 0.5 * row[c];
                aAdjoint[i * n + c] += half;
                aAdjoint[c * n + i] += half;
            }
        }
    }

    private static void reverseBlock(double[][] l, double[][] g, double[][] sym, int n, int j, int k) {
        int width = k - j;
        // Cbar := Cbar D^{-1}: each row x solves x D = cbar by back substitution.
        for (int i = k; i < n; i++) {
            double[] row = g[i];
            for (int p = k - 1; p >= j; p--) {
                double x = row[p] / l[p][p];
                row[p] = x;
                RowKernels.axpy(-x, l[p], row, j, p);
            }
        }
        // Bbar -= Cbar R.
        RowKernels.updateRows(-1.0, g, k, j, l, j, g, k, n - k, width, 0, j);
        // Dbar -= Cbar^T C (the strict upper part of the block is never read).
        RowKernels.updateTransposed(-1.0, g, k, j, l, k, g, j, width, n - k, j, k);
        unblockedReverse(l, g, j, k);
        // Rbar -= Cbar^T B + (Dbar + Dbar^T) R.
        RowKernels.updateTransposed(-1.0, g, k, j, l, k, g, j, width, n - k, 0, j);
        for (int r = 0; r < width; r++) {
            for (int q = 0; q < width; q++) {
                int a = j + Math.max(r, q), b = j + Math.min(r, q);
                sym[r][q] = r == q ? 2 * g[a][a] : g[a][b];
            }
        }
        RowKernels.updateRows(-1.0, sym, 0, 0, l, j, g, j, width, width, 0, j);
    }

    /**
     * The scalar reverse sweep (Murray's level-2 algorithm) on the diagonal block [j, k), whose
     * adjoint has already received every contribution from later rows.
     */
    private static void unblockedReverse(double[][] l, double[][] g, int j, int k) {
        for (int c = k - 1; c >= j; c--) {
            double[] lc = l[c];
            double[] gc = g[c];
            double d = lc[c];
            double dbar = gc[c];
            for (int i = c + 1; i < k; i++) dbar -= l[i][c] * g[i][c] / d;
            dbar /= d;
            for (int i = c + 1; i < k; i++) g[i][c] /= d;
            RowKernels.axpy(-dbar, lc, gc, j, c);
            for (int i = c + 1; i < k; i++) {
                double cbar = g[i][c];
                RowKernels.axpy(-cbar, l[i], gc, j, c);
                RowKernels.axpy(-cbar, lc, g[i], j, c);
            }
            gc[c] = dbar / 2;
        }
    }
}
