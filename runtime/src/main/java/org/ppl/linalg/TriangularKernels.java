package org.ppl.linalg;

/**
 * Solves and inverses with a lower-triangular n-by-n factor L, row-major. Right-hand sides B are
 * n-by-m row-major and overwritten with the solution.
 */
public final class TriangularKernels {
    private TriangularKernels() {}

    /** B := L^{-1} B. */
    public static void solveLower(double[] l, int n, double[] b, int m) {
        for (int i = 0; i < n; i++) {
            int ri = i * n;
            int bi = i * m;
            for (int k = 0; k < i; k++) {
                double lik = l[ri + k];
                if (lik == 0) continue;
                int bk = k * m;
                for (int c = 0; c < m; c++) b[bi + c] -= lik * b[bk + c];
            }
            double inv = 1.0 / l[ri + i];
            for (int c = 0; c < m; c++) b[bi + c] *= inv;
        }
    }

    /** B := L^{-T} B. */
    public static void solveLowerTransposed(double[] l, int n, double[] b, int m) {
        for (int i = n - 1; i >= 0; i--) {
            int bi = i * m;
            double inv = 1.0 / l[i * n + i];
            for (int c = 0; c < m; c++) b[bi + c] *= inv;
            for (int k = 0; k < i; k++) {
                double lik = l[i * n + k];
                if (lik == 0) continue;
                int bk = k * m;
                for (int c = 0; c < m; c++) b[bk + c] -= lik * b[bi + c];
            }
        }
    }

    /** {@code out} := L^{-1} (lower triangular; out must not alias l). */
    public static void invertLower(double[] l, int n, double[] out) {
        java.util.Arrays.fill(out, 0, n * n, 0.0);
        for (int i = 0; i < n; i++) out[i * n + i] = 1.0;
        solveLower(l, n, out, n);
    }
}
