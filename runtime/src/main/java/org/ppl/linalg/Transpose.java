package org.ppl.linalg;

/**
 * Transposes of row-major matrices, in square tiles so that both the rows read
 * and the columns written stay in cache.
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
}
