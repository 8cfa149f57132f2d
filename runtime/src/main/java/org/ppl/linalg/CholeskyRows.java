package org.ppl.linalg;

/**
 * The Cholesky factor of one symmetric positive-definite n-by-n matrix, kept as the rows of
 * U = L^T between calls, for an operation that factors once and then solves and inverts with the
 * same factor (the GP marginal likelihood). Keeping the rows saves the transposed copies in and
 * out of {@link CholeskyKernel#factor} (a third of its time at n = 150), and right-hand sides are
 * held as rows of length n (B^T), so a solve with a few columns is vectorised along n rather than
 * along the few columns.
 *
 * <p>The instance owns its rows (n^2 doubles, allocated once); the scratch of {@link #inverse} is
 * per thread ({@link RowBuffers}). Not thread-safe: one instance per operation.
 */
public final class CholeskyRows {
    private final int n;
    private final double[][] u;

    public CholeskyRows(int n) {
        if (n < 1) throw new IllegalArgumentException("order " + n);
        this.n = n;
        this.u = new double[n][n];
    }

    public int order() {
        return n;
    }

    /**
     * Factors A + shift I for the symmetric row-major {@code a}, of which only the upper triangle
     * is read (for a symmetric matrix it equals the lower one). False when the shifted matrix is not
     * positive definite (a pivot that is not positive, or NaN).
     */
    public boolean factorShifted(double[] a, double shift) {
        for (int i = 0; i < n; i++) {
            double[] row = u[i];
            System.arraycopy(a, i * n + i, row, i, n - i);
            row[i] += shift;
        }
        return CholeskyKernel.factorUpper(u, n);
    }

    /** L_ij of the factor, for j &lt;= i. */
    public double lower(int i, int j) {
        return u[j][i];
    }

    /** log |A| = 2 sum(log L_ii). */
    public double logDeterminant() {
        double s = 0;
        for (int i = 0; i < n; i++) s += Math.log(u[i][i]);
        return 2 * s;
    }

    /**
     * Rows z := L^{-1} z for the first {@code m} rows (each of length at least n): every row is one
     * right-hand side. Forward substitution by columns of L (rows of U), three at a time: the small
     * triangle of the three is resolved first, then the rest of each right-hand side is updated by
     * one vectorised call.
     */
    public void solveLower(double[][] z, int m) {
        for (int k0 = 0; k0 < n; k0 += 3) {
            int k1 = Math.min(n, k0 + 3);
            for (int c = 0; c < m; c++) {
                double[] row = z[c];
                for (int k = k0; k < k1; k++) {
                    double x = row[k] / u[k][k];
                    row[k] = x;
                    for (int j = k + 1; j < k1; j++) row[j] -= x * u[k][j];
                }
            }
            RowKernels.updateRows(-1.0, z, 0, k0, u, k0, z, 0, m, k1 - k0, k1, n);
        }
    }

    /** Rows x := L^{-T} z for the first {@code m} rows: back substitution with dot products on rows of U. */
    public void solveLowerTransposed(double[][] z, double[][] x, int m) {
        for (int c = 0; c < m; c++) {
            double[] in = z[c], row = x[c];
            for (int i = n - 1; i >= 0; i--) {
                double[] ui = u[i];
                row[i] = (in[i] - RowKernels.dot(ui, i + 1, row, i + 1, n - i - 1)) / ui[i];
            }
        }
    }

    /**
     * Rows s := the lower triangle of A^{-1} (entries above the diagonal are unspecified), and rows
     * x := L^{-T} z for the first {@code m} rows, which turns z = L^{-1} b from {@link #solveLower}
     * into A^{-1} b. Both come from W = L^{-1}: A^{-1} = W^T W (as LAPACK's potri) and
     * L^{-T} z = W^T z, a vectorised product, where a back substitution would need dot products.
     * No two of s, z and x may share a row.
     */
    public void inverse(double[][] s, double[][] z, double[][] x, int m) {
        double[][] w = RowBuffers.rows(0, n, n);
        invertLower(w);
        SymmetricProducts.lowerTransposeTimesLower(w, n, s);
        RowBuffers.zero(x, m, n);
        // (W^T z)[i] = sum over k >= i of W[k][i] z[k]: rows [k0, k1) of W reach column k1 - 1.
        for (int k0 = 0; k0 < n; k0 += 3) {
            int k1 = Math.min(n, k0 + 3);
            RowKernels.updateRows(1.0, z, 0, k0, w, k0, x, 0, m, k1 - k0, 0, k1);
        }
    }

    /**
     * Rows x := L^{-1}, zero above the diagonal, as {@code TriangularKernels.invertLower} but reading
     * L's entries from the rows of U (L[i][k] = U[k][i]).
     */
    private void invertLower(double[][] x) {
        RowBuffers.zero(x, n, n);
        for (int i = 0; i < n; i++) x[i][i] = 1.0;
        for (int i = 0; i < n; i += 3) {
            int rows = Math.min(3, n - i);
            // Rows i.. -= L[i.., 0:i) x[0:i): coefficient (r, q) = L[i + r][q] = U[q][i + r]. Row q of
            // x is zero right of column q, so rows [q0, q1) update only columns [0, q1): half the
            // work of one update over [0, i), in calls long enough to run at speed.
            for (int q0 = 0; q0 < i; q0 += TriangularKernels.INVERSE_CHUNK) {
                int q1 = Math.min(i, q0 + TriangularKernels.INVERSE_CHUNK);
                RowKernels.updateTransposed(-1.0, u, q0, i, x, q0, x, i, rows, q1 - q0, 0, q1);
            }
            for (int r = i; r < i + rows; r++) {
                for (int q = i; q < r; q++) RowKernels.axpy(-u[q][r], x[q], x[r], 0, q + 1);
                RowKernels.scale(x[r], 1.0 / u[r][r], 0, r + 1);
            }
        }
    }
}
