package org.ppl.linalg;

/**
 * The inner loops every dense kernel of this package is built on. Matrices are handled as arrays of
 * rows ({@code double[][]}, see {@link RowBuffers}) and a block of rows of C is updated by a small
 * block of coefficients times rows of B:
 *
 * <pre>  C[cRow + r][j] += alpha * sum_q A(r, q) * B[bRow + q][j],   j0 &lt;= j &lt; j1.</pre>
 *
 * <p>Why rows: HotSpot's C2 compiler (Java 17) vectorises a loop only when all its array accesses of
 * one element type have the same alignment; two segments of one flat row-major array at unrelated
 * offsets ({@code c[ci + j]}, {@code b[bk + j]}) never qualify, so such loops run scalar (about 6.5
 * GFMA/s on the development machine, AVX-512). Separate row arrays indexed by the same column
 * {@code j} do qualify, and the three-by-three block below then runs at 15 to 20 GFMA/s. Larger
 * register blocks exceed C2's unrolling budget and fall back to scalar code, so three by three is
 * the largest block that pays.
 *
 * <p>Coefficients are read before each inner loop, so A may be part of C's rows outside the
 * updated columns (the in-place solves rely on this); B's rows must not be C's rows.
 */
final class RowKernels {
    private RowKernels() {}

    static {
        warmUp();
    }

    /**
     * Calls each register block often enough that C2 compiles it on its own before any driver
     * loop that calls it becomes hot. Inlined into a driver compiled first (which happens when one
     * large product runs long enough for on-stack replacement), the block was measured to lose its
     * vectorisation, costing a factor of two; compiled first, its machine code is too large to be
     * inlined later. About a millisecond, once per JVM.
     */
    private static void warmUp() {
        double[] x = new double[16], y = new double[16];
        for (int k = 0; k < 12_000; k++) {
            block3x3(0, 0, 0, 0, 0, 0, 0, 0, 0, x, x, x, y, y, y, 0, 16);
            block3x1(0, 0, 0, x, y, y, y, 0, 16);
            block1x3(0, 0, 0, x, x, x, y, 0, 16);
            block1x1(0, x, y, 0, 16);
        }
    }

    /** C rows += alpha A B rows, with coefficient (r, q) = {@code a[aBase + r*ars + q*acs]}. */
    static void update(double alpha, double[] a, int aBase, int ars, int acs, double[][] b, int bRow,
            double[][] c, int cRow, int rows, int depth, int j0, int j1) {
        if (rows <= 0 || depth <= 0 || j1 <= j0) return;
        int r = 0;
        for (; r + 3 <= rows; r += 3) {
            int a0 = aBase + r * ars, a1 = a0 + ars, a2 = a1 + ars;
            double[] y0 = c[cRow + r], y1 = c[cRow + r + 1], y2 = c[cRow + r + 2];
            int q = 0;
            for (; q + 3 <= depth; q += 3) {
                int p0 = q * acs, p1 = p0 + acs, p2 = p1 + acs;
                block3x3(alpha * a[a0 + p0], alpha * a[a0 + p1], alpha * a[a0 + p2],
                        alpha * a[a1 + p0], alpha * a[a1 + p1], alpha * a[a1 + p2],
                        alpha * a[a2 + p0], alpha * a[a2 + p1], alpha * a[a2 + p2],
                        b[bRow + q], b[bRow + q + 1], b[bRow + q + 2], y0, y1, y2, j0, j1);
            }
            for (; q < depth; q++) {
                int p = q * acs;
                block3x1(alpha * a[a0 + p], alpha * a[a1 + p], alpha * a[a2 + p], b[bRow + q], y0, y1, y2, j0, j1);
            }
        }
        for (; r < rows; r++) {
            int a0 = aBase + r * ars;
            double[] y0 = c[cRow + r];
            int q = 0;
            for (; q + 3 <= depth; q += 3) {
                int p0 = q * acs;
                block1x3(alpha * a[a0 + p0], alpha * a[a0 + p0 + acs], alpha * a[a0 + p0 + 2 * acs],
                        b[bRow + q], b[bRow + q + 1], b[bRow + q + 2], y0, j0, j1);
            }
            for (; q < depth; q++) block1x1(alpha * a[a0 + q * acs], b[bRow + q], y0, j0, j1);
        }
    }

    /** C rows += alpha A B rows, with coefficient (r, q) = {@code at[aRow + q][aCol + r]} (A^T stored as rows). */
    static void updateTransposed(double alpha, double[][] at, int aRow, int aCol, double[][] b, int bRow,
            double[][] c, int cRow, int rows, int depth, int j0, int j1) {
        if (rows <= 0 || depth <= 0 || j1 <= j0) return;
        int r = 0;
        for (; r + 3 <= rows; r += 3) {
            int k = aCol + r;
            double[] y0 = c[cRow + r], y1 = c[cRow + r + 1], y2 = c[cRow + r + 2];
            int q = 0;
            for (; q + 3 <= depth; q += 3) {
                double[] t0 = at[aRow + q], t1 = at[aRow + q + 1], t2 = at[aRow + q + 2];
                block3x3(alpha * t0[k], alpha * t1[k], alpha * t2[k],
                        alpha * t0[k + 1], alpha * t1[k + 1], alpha * t2[k + 1],
                        alpha * t0[k + 2], alpha * t1[k + 2], alpha * t2[k + 2],
                        b[bRow + q], b[bRow + q + 1], b[bRow + q + 2], y0, y1, y2, j0, j1);
            }
            for (; q < depth; q++) {
                double[] t = at[aRow + q];
                block3x1(alpha * t[k], alpha * t[k + 1], alpha * t[k + 2], b[bRow + q], y0, y1, y2, j0, j1);
            }
        }
        for (; r < rows; r++) {
            int k = aCol + r;
            double[] y0 = c[cRow + r];
            int q = 0;
            for (; q + 3 <= depth; q += 3) {
                block1x3(alpha * at[aRow + q][k], alpha * at[aRow + q + 1][k], alpha * at[aRow + q + 2][k],
                        b[bRow + q], b[bRow + q + 1], b[bRow + q + 2], y0, j0, j1);
            }
            for (; q < depth; q++) block1x1(alpha * at[aRow + q][k], b[bRow + q], y0, j0, j1);
        }
    }

    /** C rows += alpha A B rows, with coefficient (r, q) = {@code a[aRow + r][aCol + q]} (A stored as rows). */
    static void updateRows(double alpha, double[][] a, int aRow, int aCol, double[][] b, int bRow,
            double[][] c, int cRow, int rows, int depth, int j0, int j1) {
        if (rows <= 0 || depth <= 0 || j1 <= j0) return;
        int r = 0;
        for (; r + 3 <= rows; r += 3) {
            double[] t0 = a[aRow + r], t1 = a[aRow + r + 1], t2 = a[aRow + r + 2];
            double[] y0 = c[cRow + r], y1 = c[cRow + r + 1], y2 = c[cRow + r + 2];
            int q = 0;
            for (; q + 3 <= depth; q += 3) {
                int k = aCol + q;
                block3x3(alpha * t0[k], alpha * t0[k + 1], alpha * t0[k + 2],
                        alpha * t1[k], alpha * t1[k + 1], alpha * t1[k + 2],
                        alpha * t2[k], alpha * t2[k + 1], alpha * t2[k + 2],
                        b[bRow + q], b[bRow + q + 1], b[bRow + q + 2], y0, y1, y2, j0, j1);
            }
            for (; q < depth; q++) {
                int k = aCol + q;
                block3x1(alpha * t0[k], alpha * t1[k], alpha * t2[k], b[bRow + q], y0, y1, y2, j0, j1);
            }
        }
        for (; r < rows; r++) {
            double[] t = a[aRow + r];
            double[] y0 = c[cRow + r];
            int q = 0;
            for (; q + 3 <= depth; q += 3) {
                int k = aCol + q;
                block1x3(alpha * t[k], alpha * t[k + 1], alpha * t[k + 2], b[bRow + q], b[bRow + q + 1], b[bRow + q + 2],
                        y0, j0, j1);
            }
            for (; q < depth; q++) block1x1(alpha * t[aCol + q], b[bRow + q], y0, j0, j1);
        }
    }

    /** y[j] += alpha x[j] for j0 &lt;= j &lt; j1. */
    static void axpy(double alpha, double[] x, double[] y, int j0, int j1) {
        block1x1(alpha, x, y, j0, j1);
    }

    /** y[j] *= s for j0 &lt;= j &lt; j1. */
    static void scale(double[] y, double s, int j0, int j1) {
        for (int j = j0; j < j1; j++) y[j] *= s;
    }

    /** The dot product of two contiguous segments of flat arrays, with four partial sums. */
    static double dot(double[] x, int xBase, double[] y, int yBase, int len) {
        double s0 = 0, s1 = 0, s2 = 0, s3 = 0;
        int j = 0;
        for (; j + 4 <= len; j += 4) {
            s0 = Math.fma(x[xBase + j], y[yBase + j], s0);
            s1 = Math.fma(x[xBase + j + 1], y[yBase + j + 1], s1);
            s2 = Math.fma(x[xBase + j + 2], y[yBase + j + 2], s2);
            s3 = Math.fma(x[xBase + j + 3], y[yBase + j + 3], s3);
        }
        for (; j < len; j++) s0 = Math.fma(x[xBase + j], y[yBase + j], s0);
        return (s0 + s1) + (s2 + s3);
    }

    private static void block3x3(double s00, double s01, double s02, double s10, double s11, double s12, double s20, double s21, double s22,
            double[] x0, double[] x1, double[] x2, double[] y0, double[] y1, double[] y2, int j0, int j1) {
        for (int j = j0; j < j1; j++) {
            double b0 = x0[j], b1 = x1[j], b2 = x2[j];
            y0[j] = Math.fma(s02, b2, Math.fma(s01, b1, Math.fma(s00, b0, y0[j])));
            y1[j] = Math.fma(s12, b2, Math.fma(s11, b1, Math.fma(s10, b0, y1[j])));
            y2[j] = Math.fma(s22, b2, Math.fma(s21, b1, Math.fma(s20, b0, y2[j])));
        }
    }

    private static void block3x1(double s00, double s10, double s20,
            double[] x0, double[] y0, double[] y1, double[] y2, int j0, int j1) {
        for (int j = j0; j < j1; j++) {
            double b0 = x0[j];
            y0[j] = Math.fma(s00, b0, y0[j]);
            y1[j] = Math.fma(s10, b0, y1[j]);
            y2[j] = Math.fma(s20, b0, y2[j]);
        }
    }

    private static void block1x3(double s00, double s01, double s02,
            double[] x0, double[] x1, double[] x2, double[] y0, int j0, int j1) {
        for (int j = j0; j < j1; j++) {
            double b0 = x0[j], b1 = x1[j], b2 = x2[j];
            y0[j] = Math.fma(s02, b2, Math.fma(s01, b1, Math.fma(s00, b0, y0[j])));
        }
    }

    private static void block1x1(double s00,
            double[] x0, double[] y0, int j0, int j1) {
        for (int j = j0; j < j1; j++) {
            double b0 = x0[j];
            y0[j] = Math.fma(s00, b0, y0[j]);
        }
    }
}
