package org.ppl.linalg;

/**
 * Transposes and triangle mirroring of row-major matrices, in square tiles so that both the rows
 * read and the columns written stay in cache.
 */
public final class Transpose {
    private static final int TILE = 32;

    private Transpose() {}

    /** {@code out} (cols x rows) := A^T for A rows x cols; {@code out} must not alias {@code a}. */
    public static void transpose(double[] a, int rows, int cols, double[] out) {
        transpose(a, 0, cols, out, 0, rows, rows, cols);
    }

    /**
     * out[outOff + j*ldo + i] := a[aOff + i*lda + j] for i &lt; rows, j &lt; cols; the two regions must
     * not overlap.
     */
    public static void transpose(double[] a, int aOff, int lda, double[] out, int outOff, int ldo, int rows, int cols) {
        for (int i0 = 0; i0 < rows; i0 += TILE) {
            int i1 = Math.min(rows, i0 + TILE);
            for (int j0 = 0; j0 < cols; j0 += TILE) {
                int j1 = Math.min(cols, j0 + TILE);
                for (int i = i0; i < i1; i++) {
                    int ai = aOff + i * lda;
                    for (int j = j0; j < j1; j++) out[outOff + j * ldo + i] = a[ai + j];
                }
            }
        }
    }

    /** Copies the strict lower triangle of the n-by-n {@code a} onto its strict upper triangle. */
    public static void mirrorLower(double[] a, int n) {
        for (int i0 = 0; i0 < n; i0 += TILE) {
            int i1 = Math.min(n, i0 + TILE);
            for (int j0 = 0; j0 <= i0; j0 += TILE) {
                int j1 = Math.min(n, j0 + TILE);
                for (int i = i0; i < i1; i++) {
                    int jEnd = Math.min(j1, i);
                    for (int j = j0; j < jEnd; j++) a[j * n + i] = a[i * n + j];
                }
            }
        }
    }

    /**
     * a += the symmetric matrix whose lower triangle is that of the rows (n of them, at least n
     * long; entries above their diagonal are not read), in tiles so that the column-wise side of
     * the flat matrix stays in cache.
     */
    public static void addSymmetricLowerRows(double[][] rows, int n, double[] a) {
        for (int i0 = 0; i0 < n; i0 += TILE) {
            int i1 = Math.min(n, i0 + TILE);
            for (int j0 = 0; j0 <= i0; j0 += TILE) {
                int j1 = Math.min(n, j0 + TILE);
                for (int i = i0; i < i1; i++) {
                    double[] row = rows[i];
                    int ai = i * n;
                    int jEnd = Math.min(j1, i);
                    for (int j = j0; j < jEnd; j++) {
                        a[ai + j] += row[j];
                        a[j * n + i] += row[j];
                    }
                    if (i < j1) a[ai + i] += row[i];
                }
            }
        }
    }
}
