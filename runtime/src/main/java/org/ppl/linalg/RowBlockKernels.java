package org.ppl.linalg;

/**
 * The inner loops every dense kernel of this package is built on: a block of rows of C updated by
 * a small block of coefficients times rows of B,
 *
 * <pre>  C[cBase + r*ldc + j] += alpha * sum_q A(r, q) * B[bBase + q*ldb + j],   0 &lt;= j &lt; len,</pre>
 *
 * with {@code A(r, q) = a[aBase + r*ars + q*acs]}, so A is read as stored ({@code ars = lda, acs = 1})
 * or transposed ({@code ars = 1, acs = lda}). The innermost loop runs over contiguous row segments
 * of B and C with no dependence between iterations, the form that HotSpot's C2 compiler turns into
 * vector fused multiply-adds. Register blocking (four rows of C by eight rows of B) loads each
 * element of B once for four rows and each element of C once for eight products; on the
 * development machine this reached about 13 GFlop/s single-threaded against 5 for a plain i-k-j
 * loop and for EJML's {@code CommonOps_DDRM.mult}.
 *
 * <p>Coefficients are read before the inner loop starts, so A may overlap C's rows outside the
 * updated segments (the in-place triangular solves rely on this); B must not overlap the updated
 * segments of C.
 */
final class RowBlockKernels {
    private RowBlockKernels() {}

    /**
     * {@code rows} rows of C += alpha * A (rows x depth) * B (depth rows of length len), with A
     * addressed through ({@code aBase, ars, acs}) as described above.
     */
    static void update(double alpha, double[] a, int aBase, int ars, int acs, double[] b, int bBase, int ldb,
            double[] c, int cBase, int ldc, int rows, int depth, int len) {
        if (rows <= 0 || depth <= 0 || len <= 0) return;
        int r = 0;
        for (; r + 4 <= rows; r += 4) {
            int ar = aBase + r * ars;
            int cr = cBase + r * ldc;
            int q = 0;
            for (; q + 8 <= depth; q += 8) block4x8(alpha, a, ar + q * acs, ars, acs, b, bBase + q * ldb, ldb, c, cr, ldc, len);
            for (; q + 4 <= depth; q += 4) block4x4(alpha, a, ar + q * acs, ars, acs, b, bBase + q * ldb, ldb, c, cr, ldc, len);
            for (; q < depth; q++) block4x1(alpha, a, ar + q * acs, ars, acs, b, bBase + q * ldb, ldb, c, cr, ldc, len);
        }
        for (; r < rows; r++) updateRow(alpha, a, aBase + r * ars, acs, b, bBase, ldb, c, cBase + r * ldc, depth, len);
    }

    /** One row of C += alpha * sum_q a[aBase + q*acs] * B row q (length len). */
    static void updateRow(double alpha, double[] a, int aBase, int acs, double[] b, int bBase, int ldb,
            double[] c, int cBase, int depth, int len) {
        if (depth <= 0 || len <= 0) return;
        int q = 0;
        for (; q + 8 <= depth; q += 8) block1x8(alpha, a, aBase + q * acs, 0, acs, b, bBase + q * ldb, ldb, c, cBase, 0, len);
        for (; q + 4 <= depth; q += 4) block1x4(alpha, a, aBase + q * acs, 0, acs, b, bBase + q * ldb, ldb, c, cBase, 0, len);
        for (; q < depth; q++) block1x1(alpha, a, aBase + q * acs, 0, acs, b, bBase + q * ldb, ldb, c, cBase, 0, len);
    }

    /** {@code y[yBase + j] += alpha * x[xBase + j]} for j &lt; len. */
    static void axpy(double alpha, double[] x, int xBase, double[] y, int yBase, int len) {
        for (int j = 0; j < len; j++) y[yBase + j] = Math.fma(alpha, x[xBase + j], y[yBase + j]);
    }

    /** The dot product of two contiguous segments, with four partial sums for instruction-level parallelism. */
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

    private static void block4x8(double alpha, double[] a, int aBase, int ars, int acs,
            double[] b, int bBase, int ldb, double[] c, int cBase, int ldc, int len) {
        int a0 = aBase, a1 = a0 + ars, a2 = a1 + ars, a3 = a2 + ars;
        int q1 = acs, q2 = q1 + acs, q3 = q2 + acs, q4 = q3 + acs, q5 = q4 + acs, q6 = q5 + acs, q7 = q6 + acs;
        double s00 = alpha * a[a0], s01 = alpha * a[a0 + q1], s02 = alpha * a[a0 + q2], s03 = alpha * a[a0 + q3];
        double s04 = alpha * a[a0 + q4], s05 = alpha * a[a0 + q5], s06 = alpha * a[a0 + q6], s07 = alpha * a[a0 + q7];
        double s10 = alpha * a[a1], s11 = alpha * a[a1 + q1], s12 = alpha * a[a1 + q2], s13 = alpha * a[a1 + q3];
        double s14 = alpha * a[a1 + q4], s15 = alpha * a[a1 + q5], s16 = alpha * a[a1 + q6], s17 = alpha * a[a1 + q7];
        double s20 = alpha * a[a2], s21 = alpha * a[a2 + q1], s22 = alpha * a[a2 + q2], s23 = alpha * a[a2 + q3];
        double s24 = alpha * a[a2 + q4], s25 = alpha * a[a2 + q5], s26 = alpha * a[a2 + q6], s27 = alpha * a[a2 + q7];
        double s30 = alpha * a[a3], s31 = alpha * a[a3 + q1], s32 = alpha * a[a3 + q2], s33 = alpha * a[a3 + q3];
        double s34 = alpha * a[a3 + q4], s35 = alpha * a[a3 + q5], s36 = alpha * a[a3 + q6], s37 = alpha * a[a3 + q7];
        int b0 = bBase, b1 = b0 + ldb, b2 = b1 + ldb, b3 = b2 + ldb;
        int b4 = b3 + ldb, b5 = b4 + ldb, b6 = b5 + ldb, b7 = b6 + ldb;
        int c0 = cBase, c1 = c0 + ldc, c2 = c1 + ldc, c3 = c2 + ldc;
        for (int j = 0; j < len; j++) {
            double x0 = b[b0 + j], x1 = b[b1 + j], x2 = b[b2 + j], x3 = b[b3 + j];
            double x4 = b[b4 + j], x5 = b[b5 + j], x6 = b[b6 + j], x7 = b[b7 + j];
            c[c0 + j] = Math.fma(s07, x7, Math.fma(s06, x6, Math.fma(s05, x5, Math.fma(s04, x4,
                    Math.fma(s03, x3, Math.fma(s02, x2, Math.fma(s01, x1, Math.fma(s00, x0, c[c0 + j]))))))));
            c[c1 + j] = Math.fma(s17, x7, Math.fma(s16, x6, Math.fma(s15, x5, Math.fma(s14, x4,
                    Math.fma(s13, x3, Math.fma(s12, x2, Math.fma(s11, x1, Math.fma(s10, x0, c[c1 + j]))))))));
            c[c2 + j] = Math.fma(s27, x7, Math.fma(s26, x6, Math.fma(s25, x5, Math.fma(s24, x4,
                    Math.fma(s23, x3, Math.fma(s22, x2, Math.fma(s21, x1, Math.fma(s20, x0, c[c2 + j]))))))));
            c[c3 + j] = Math.fma(s37, x7, Math.fma(s36, x6, Math.fma(s35, x5, Math.fma(s34, x4,
                    Math.fma(s33, x3, Math.fma(s32, x2, Math.fma(s31, x1, Math.fma(s30, x0, c[c3 + j]))))))));
        }
    }

    private static void block4x4(double alpha, double[] a, int aBase, int ars, int acs,
            double[] b, int bBase, int ldb, double[] c, int cBase, int ldc, int len) {
        int a0 = aBase, a1 = a0 + ars, a2 = a1 + ars, a3 = a2 + ars;
        int q1 = acs, q2 = q1 + acs, q3 = q2 + acs;
        double s00 = alpha * a[a0], s01 = alpha * a[a0 + q1], s02 = alpha * a[a0 + q2], s03 = alpha * a[a0 + q3];
        double s10 = alpha * a[a1], s11 = alpha * a[a1 + q1], s12 = alpha * a[a1 + q2], s13 = alpha * a[a1 + q3];
        double s20 = alpha * a[a2], s21 = alpha * a[a2 + q1], s22 = alpha * a[a2 + q2], s23 = alpha * a[a2 + q3];
        double s30 = alpha * a[a3], s31 = alpha * a[a3 + q1], s32 = alpha * a[a3 + q2], s33 = alpha * a[a3 + q3];
        int b0 = bBase, b1 = b0 + ldb, b2 = b1 + ldb, b3 = b2 + ldb;
        int c0 = cBase, c1 = c0 + ldc, c2 = c1 + ldc, c3 = c2 + ldc;
        for (int j = 0; j < len; j++) {
            double x0 = b[b0 + j], x1 = b[b1 + j], x2 = b[b2 + j], x3 = b[b3 + j];
            c[c0 + j] = Math.fma(s03, x3, Math.fma(s02, x2, Math.fma(s01, x1, Math.fma(s00, x0, c[c0 + j]))));
            c[c1 + j] = Math.fma(s13, x3, Math.fma(s12, x2, Math.fma(s11, x1, Math.fma(s10, x0, c[c1 + j]))));
            c[c2 + j] = Math.fma(s23, x3, Math.fma(s22, x2, Math.fma(s21, x1, Math.fma(s20, x0, c[c2 + j]))));
            c[c3 + j] = Math.fma(s33, x3, Math.fma(s32, x2, Math.fma(s31, x1, Math.fma(s30, x0, c[c3 + j]))));
        }
    }

    private static void block4x1(double alpha, double[] a, int aBase, int ars, int acs,
            double[] b, int bBase, int ldb, double[] c, int cBase, int ldc, int len) {
        int a0 = aBase, a1 = a0 + ars, a2 = a1 + ars, a3 = a2 + ars;
        double s00 = alpha * a[a0];
        double s10 = alpha * a[a1];
        double s20 = alpha * a[a2];
        double s30 = alpha * a[a3];
        int b0 = bBase;
        int c0 = cBase, c1 = c0 + ldc, c2 = c1 + ldc, c3 = c2 + ldc;
        for (int j = 0; j < len; j++) {
            double x0 = b[b0 + j];
            c[c0 + j] = Math.fma(s00, x0, c[c0 + j]);
            c[c1 + j] = Math.fma(s10, x0, c[c1 + j]);
            c[c2 + j] = Math.fma(s20, x0, c[c2 + j]);
            c[c3 + j] = Math.fma(s30, x0, c[c3 + j]);
        }
    }

    private static void block1x8(double alpha, double[] a, int aBase, int ars, int acs,
            double[] b, int bBase, int ldb, double[] c, int cBase, int ldc, int len) {
        int a0 = aBase;
        int q1 = acs, q2 = q1 + acs, q3 = q2 + acs, q4 = q3 + acs, q5 = q4 + acs, q6 = q5 + acs, q7 = q6 + acs;
        double s00 = alpha * a[a0], s01 = alpha * a[a0 + q1], s02 = alpha * a[a0 + q2], s03 = alpha * a[a0 + q3];
        double s04 = alpha * a[a0 + q4], s05 = alpha * a[a0 + q5], s06 = alpha * a[a0 + q6], s07 = alpha * a[a0 + q7];
        int b0 = bBase, b1 = b0 + ldb, b2 = b1 + ldb, b3 = b2 + ldb;
        int b4 = b3 + ldb, b5 = b4 + ldb, b6 = b5 + ldb, b7 = b6 + ldb;
        int c0 = cBase;
        for (int j = 0; j < len; j++) {
            double x0 = b[b0 + j], x1 = b[b1 + j], x2 = b[b2 + j], x3 = b[b3 + j];
            double x4 = b[b4 + j], x5 = b[b5 + j], x6 = b[b6 + j], x7 = b[b7 + j];
            c[c0 + j] = Math.fma(s07, x7, Math.fma(s06, x6, Math.fma(s05, x5, Math.fma(s04, x4,
                    Math.fma(s03, x3, Math.fma(s02, x2, Math.fma(s01, x1, Math.fma(s00, x0, c[c0 + j]))))))));
        }
    }

    private static void block1x4(double alpha, double[] a, int aBase, int ars, int acs,
            double[] b, int bBase, int ldb, double[] c, int cBase, int ldc, int len) {
        int a0 = aBase;
        int q1 = acs, q2 = q1 + acs, q3 = q2 + acs;
        double s00 = alpha * a[a0], s01 = alpha * a[a0 + q1], s02 = alpha * a[a0 + q2], s03 = alpha * a[a0 + q3];
        int b0 = bBase, b1 = b0 + ldb, b2 = b1 + ldb, b3 = b2 + ldb;
        int c0 = cBase;
        for (int j = 0; j < len; j++) {
            double x0 = b[b0 + j], x1 = b[b1 + j], x2 = b[b2 + j], x3 = b[b3 + j];
            c[c0 + j] = Math.fma(s03, x3, Math.fma(s02, x2, Math.fma(s01, x1, Math.fma(s00, x0, c[c0 + j]))));
        }
    }

    private static void block1x1(double alpha, double[] a, int aBase, int ars, int acs,
            double[] b, int bBase, int ldb, double[] c, int cBase, int ldc, int len) {
        int a0 = aBase;
        double s00 = alpha * a[a0];
        int b0 = bBase;
        int c0 = cBase;
        for (int j = 0; j < len; j++) {
            double x0 = b[b0 + j];
            c[c0 + j] = Math.fma(s00, x0, c[c0 + j]);
        }
    }
}
