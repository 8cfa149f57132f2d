package org.ppl.linalg;

/**
 * Cholesky factorisation of a symmetric positive-definite matrix, in place, on a row-major
 * {@code double[]}: the lower triangle becomes L with A = L L^T, the strict upper triangle zero.
 * Only the lower triangle of the input is read.
 *
 * <p>The work is done on the upper factor U = L^T held as rows ({@link RowBuffers}), which turns
 * the right-looking algorithm into updates of contiguous row segments: blocks of {@link #BLOCK}
 * rows of U are factored row by row, then every later row is updated by the block in one
 * {@link RowKernels} call (level-3 work, vectorised). Small matrices use the plain dot-product
 * algorithm directly on the flat array.
 */
public final class CholeskyKernel {
    /** Rows per block: the block of U re-read by each trailing row stays in L2 cache. */
    static final int BLOCK = 48;
    /** At or below this order {@link #factorUpper} goes left-looking (the rows above fit in L2 cache). */
    static final int LEFT_LOOKING = 256;
    /** At or below this order the plain algorithm wins (no copies, no blocking). */
    static final int SMALL = 16;

    private CholeskyKernel() {}

    /**
     * Factors the n-by-n matrix {@code a} in place; false when it is not positive definite (a pivot
     * that is not positive or is NaN), in which case the contents of {@code a} are unspecified.
     */
    public static boolean factor(double[] a, int n) {
        if (n <= SMALL) return factorSmall(a, n);
        double[][] u = RowBuffers.rows(0, n, n);
        RowBuffers.loadLowerTransposed(a, n, u);
        if (!factorUpper(u, n)) return false;
        RowBuffers.storeUpperTransposed(u, n, a);
        return true;
    }

    /** 2 * sum(log L_ii): the log-determinant of L L^T from its Cholesky factor. */
    public static double logDeterminant(double[] l, int n) {
        double s = 0;
        for (int i = 0; i < n; i++) s += Math.log(l[i * n + i]);
        return 2 * s;
    }

    /**
     * A = U^T U on upper rows, in place; only the upper triangle of the rows is read. Small orders
     * go left-looking, larger ones by blocks of rows (right-looking).
     */
    static boolean factorUpper(double[][] u, int n) {
        return n <= LEFT_LOOKING ? factorUpperLeftLooking(u, n) : factorUpperBlocked(u, n);
    }

    /**
     * Each group of three rows is updated by all the rows above it in one call, so every flop runs
     * in the three-by-three register block, with only the group's own small triangle row by row.
     * The rows above are re-read by every group, which pays while they stay in L2 cache; at
     * n = 150 it takes two thirds of the time of the blocked version.
     */
    private static boolean factorUpperLeftLooking(double[][] u, int n) {
        for (int i = 0; i < n; i += 3) {
            int rows = Math.min(3, n - i);
            RowKernels.updateTransposed(-1.0, u, 0, i, u, 0, u, i, rows, i, i, n);
            for (int r = i; r < i + rows; r++) {
                double[] row = u[r];
                for (int q = i; q < r; q++) RowKernels.axpy(-u[q][r], u[q], row, r, n);
                double d = row[r];
                if (!(d > 0)) return false;
                double pivot = Math.sqrt(d);
                row[r] = pivot;
                RowKernels.scale(row, 1.0 / pivot, r + 1, n);
            }
        }
        return true;
    }

    /** By blocks of {@link #BLOCK} rows (right-looking). */
    private static boolean factorUpperBlocked(double[][] u, int n) {
        for (int k0 = 0; k0 < n; k0 += BLOCK) {
            int k1 = Math.min(n, k0 + BLOCK);
            for (int i = k0; i < k1; i++) {
                // Row i: subtract the earlier rows of this block (u[p][i] * u[p][i:n]), then scale.
                RowKernels.updateTransposed(-1.0, u, k0, i, u, k0, u, i, 1, i - k0, i, n);
                double[] row = u[i];
                double d = row[i];
                if (!(d > 0)) return false;
                double pivot = Math.sqrt(d);
                row[i] = pivot;
                RowKernels.scale(row, 1.0 / pivot, i + 1, n);
            }
            int depth = k1 - k0;
            for (int i = k1; i < n; i += 3) {
                int rows = Math.min(3, n - i);
                int common = i + rows - 1;
                RowKernels.updateTransposed(-1.0, u, k0, i, u, k0, u, i, rows, depth, common, n);
                for (int r = i; r < common; r++) RowKernels.updateTransposed(-1.0, u, k0, r, u, k0, u, r, 1, depth, r, common);
            }
        }
        return true;
    }

    /** The row-oriented (dot-product) algorithm, directly on the lower triangle. */
    private static boolean factorSmall(double[] a, int n) {
        for (int j = 0; j < n; j++) {
            int rj = j * n;
            double d = a[rj + j] - RowKernels.dot(a, rj, a, rj, j);
            if (!(d > 0)) return false;
            double ljj = Math.sqrt(d);
            a[rj + j] = ljj;
            double inv = 1.0 / ljj;
            for (int i = j + 1; i < n; i++) {
                int ri = i * n;
                a[ri + j] = (a[ri + j] - RowKernels.dot(a, ri, a, rj, j)) * inv;
            }
            for (int i = 0; i < j; i++) a[i * n + j] = 0.0;
        }
        return true;
    }
}
