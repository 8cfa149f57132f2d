package org.ppl.linalg;

/**
 * Cholesky factorisation of a symmetric positive-definite matrix, in place, on a row-major
 * {@code double[]}: the lower triangle becomes L with A = L L^T, the strict upper triangle zero.
 * Only the lower triangle of the input is read.
 *
 * <p>The work is done on the upper factor U = L^T, which for row-major storage turns the
 * right-looking algorithm into updates of contiguous rows: the lower triangle is first mirrored
 * into the (otherwise unused) upper triangle, U is computed there in blocks of {@link #BLOCK} rows
 * (each block factored row by row, then the trailing rows updated by {@link RowBlockKernels}), and
 * U is moved back transposed. No workspace beyond the matrix itself is needed.
 */
public final class CholeskyKernel {
    /** Rows per block of the factorisation: the panel of U re-read by each trailing row stays in L2. */
    static final int BLOCK = 64;
    /** Below this order the plain dot-product algorithm wins (no transposes, no blocking). */
    private static final int SMALL = 24;

    private CholeskyKernel() {}

    /**
     * Factors the n-by-n matrix {@code a} in place; false when it is not positive definite (a pivot
     * that is not positive or is NaN), in which case the contents of {@code a} are unspecified.
     */
    public static boolean factor(double[] a, int n) {
        if (n <= SMALL) return factorSmall(a, n);
        Transpose.mirrorLower(a, n);
        boolean ok = factorUpper(a, n);
        if (ok) Transpose.moveUpperToLower(a, n);
        return ok;
    }

    /** 2 * sum(log L_ii): the log-determinant of L L^T from its Cholesky factor. */
    public static double logDeterminant(double[] l, int n) {
        double s = 0;
        for (int i = 0; i < n; i++) s += Math.log(l[i * n + i]);
        return 2 * s;
    }

    /** A = U^T U on the upper triangle, in place (row-major), by blocks of rows. */
    private static boolean factorUpper(double[] a, int n) {
        for (int k0 = 0; k0 < n; k0 += BLOCK) {
            int k1 = Math.min(n, k0 + BLOCK);
            int depth = k1 - k0;
            int panel = k0 * n;
            for (int i = k0; i < k1; i++) {
                // Row i of U: subtract the earlier rows of this block, then scale by the pivot.
                int ri = i * n + i;
                RowBlockKernels.updateRow(-1.0, a, panel + i, n, a, panel + i, n, a, ri, i - k0, n - i);
                double d = a[ri];
                if (!(d > 0)) return false;
                double u = Math.sqrt(d);
                a[ri] = u;
                double inv = 1.0 / u;
                for (int j = ri + 1; j < i * n + n; j++) a[j] *= inv;
            }
            // Trailing rows i >= k1: a[i, i:n] -= sum over the block's rows p of U[p, i] * U[p, i:n].
            int i = k1;
            for (; i + 4 <= n; i += 4) {
                for (int r = 0; r < 3; r++) {
                    int c = i + r;
                    RowBlockKernels.updateRow(-1.0, a, panel + c, n, a, panel + c, n, a, c * n + c, depth, 3 - r);
                }
                RowBlockKernels.update(-1.0, a, panel + i, 1, n, a, panel + i + 3, n, a, i * n + i + 3, n, 4, depth, n - i - 3);
            }
            for (; i < n; i++) RowBlockKernels.updateRow(-1.0, a, panel + i, n, a, panel + i, n, a, i * n + i, depth, n - i);
        }
        return true;
    }

    /** The row-oriented (dot-product) algorithm for small matrices, directly on the lower triangle. */
    private static boolean factorSmall(double[] a, int n) {
        for (int j = 0; j < n; j++) {
            int rj = j * n;
            double d = a[rj + j] - RowBlockKernels.dot(a, rj, a, rj, j);
            if (!(d > 0)) return false;
            double ljj = Math.sqrt(d);
            a[rj + j] = ljj;
            double inv = 1.0 / ljj;
            for (int i = j + 1; i < n; i++) {
                int ri = i * n;
                a[ri + j] = (a[ri + j] - RowBlockKernels.dot(a, ri, a, rj, j)) * inv;
            }
            for (int i = 0; i < j; i++) a[i * n + j] = 0.0;
        }
        return true;
    }
}
