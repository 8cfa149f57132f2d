package org.ppl.gp;

import org.ppl.linalg.MatrixMultiply;

/**
 * Products on a column panel of a wide M×N matrix (M inducing inputs, N data points, N ≫ M;
 * row-major): the O(N·M²) and O(N·M·P) steps of the sparse likelihood, run one panel of
 * {@link #PANEL} columns at a time so that the panel (M × PANEL, 100 kB at M = 50) stays in cache
 * while every product that reads it runs. A panel is addressed as {@code (x, off, ld)}: entry (k, j)
 * at {@code x[off + k*ld + j]}, so both a contiguous scratch panel ({@code off = 0, ld = width}) and
 * a panel inside the full matrix ({@code off = j0, ld = N}) can be passed.
 *
 * <p>The products run on {@link MatrixMultiply}'s register-blocked strided kernel. Measured at
 * M = 50, N = 100 000 on the 2-core development machine (one thread): the Gram matrix in 29 ms and
 * a product G·A (G M×M) in 45 ms over panels, against 70 ms for an unpanelled Gram matrix and
 * 90–180 ms for EJML's {@code CommonOps_DDRM.multOuter}, {@code multTransB} and {@code multAdd}.
 */
final class WideProducts {
    static final int PANEL = 256;

    private WideProducts() {}

    /** The width of the panel starting at column j0 of N. */
    static int width(int j0, int n) {
        return Math.min(PANEL, n - j0);
    }

    /** Scratch for one M × PANEL panel (or M × N when N is smaller). */
    static double[] panelScratch(int m, int n) {
        return new double[Math.max(1, Math.min(PANEL, n)) * m];
    }

    /** out (M × width, contiguous) := columns j0.. of X (M×N). */
    static void copyOut(double[] x, int n, int j0, int width, int m, double[] out) {
        for (int k = 0; k < m; k++) System.arraycopy(x, k * n + j0, out, k * width, width);
    }

    /** Columns j0.. of X (M×N) := panel (M × width, contiguous). */
    static void copyIn(double[] panel, int width, int m, double[] x, int n, int j0) {
        for (int k = 0; k < m; k++) System.arraycopy(panel, k * width, x, k * n + j0, width);
    }

    /**
     * The lower triangle of {@code out} (M×M) += Pn diag(w) Pnᵀ for the panel Pn (M × width);
     * {@code w} (read from {@code wOff}) may be null for the identity. {@code transposed} is scratch
     * of width·M. The strict upper triangle is left as it was: mirror it once at the end.
     */
    static void gramAddLower(double[] x, int off, int ld, int width, int m, double[] w, int wOff, double[] out,
            double[] transposed) {
        // transposed (width×M) = (Pn diag(w))ᵀ, so the rows of out gather its rows in 4×8 blocks.
        for (int j = 0; j < width; j++) {
            double wj = w == null ? 1.0 : w[wOff + j];
            for (int k = 0; k < m; k++) transposed[j * m + k] = wj * x[off + k * ld + j];
        }
        for (int i = 0; i < m; i += 4) {
            int rows = Math.min(4, m - i);
            MatrixMultiply.multAdd(1.0, x, off + i * ld, ld, false, transposed, 0, m, out, i * m, m, rows, width,
                    Math.min(i + 4, m));
        }
    }

    /** out (M×P) += Pn R[j0 : j0+width, :] for the panel Pn (M × width) and R (N×P). */
    static void timesAdd(double[] x, int off, int ld, int width, int m, double[] r, int j0, int p, double[] out) {
        MatrixMultiply.multAdd(1.0, x, off, ld, false, r, j0 * p, p, out, 0, p, m, width, p);
    }

    /** Rows j0 : j0+width of out (N×P) += alpha Pnᵀ T for the panel Pn (M × width) and T (M×P). */
    static void transposeTimesAdd(double alpha, double[] x, int off, int ld, int width, int m, double[] t, int p,
            double[] out, int j0) {
        MatrixMultiply.multAdd(alpha, x, off, ld, true, t, 0, p, out, j0 * p, p, width, m, p);
    }

    /** The panel of C (M×N) at columns j0.. += alpha G Pn for G (M×M) and the panel Pn (M × width). */
    static void leftMultiplyAdd(double alpha, double[] g, int m, double[] x, int off, int ld, int width, double[] c,
            int n, int j0) {
        MatrixMultiply.multAdd(alpha, g, 0, m, false, x, off, ld, c, j0, n, m, m, width);
    }

    /**
     * The panel of C (M×N) at columns j0.. += alpha U V[j0 : j0+width, :]ᵀ for U (M×P) and V (N×P);
     * {@code transposed} is scratch of P·width.
     */
    static void outerAdd(double alpha, double[] u, double[] v, int p, int m, double[] c, int n, int j0, int width,
            double[] transposed) {
        for (int j = 0; j < width; j++) {
            for (int col = 0; col < p; col++) transposed[col * width + j] = v[(j0 + j) * p + col];
        }
        MatrixMultiply.multAdd(alpha, u, 0, p, false, transposed, 0, width, c, j0, n, m, p, width);
    }

    /** out[j0 + j] := Σ_k A(k, j) B(k, j) for the panels A and B (M × width). */
    static void columnDots(double[] a, int aOff, int lda, double[] b, int bOff, int ldb, int width, int m, double[] out,
            int j0) {
        for (int j = 0; j < width; j++) out[j0 + j] = 0.0;
        for (int k = 0; k < m; k++) {
            int ra = aOff + k * lda, rb = bOff + k * ldb;
            for (int j = 0; j < width; j++) out[j0 + j] = Math.fma(a[ra + j], b[rb + j], out[j0 + j]);
        }
    }
}
