package org.ppl.linalg;

/**
 * Per-thread arrays of rows for the kernels of {@link RowKernels}, with copies between them and
 * flat row-major arrays. Each thread keeps a few numbered slots that grow to the largest size asked
 * for and are then reused, so the kernels allocate nothing in steady state while chains running in
 * parallel threads never share a buffer. Rows handed out hold stale values: callers initialise
 * what they read.
 */
final class RowBuffers {
    static final int SLOTS = 3;
    private static final int TILE = 32;
    private static final ThreadLocal<RowBuffers> PER_THREAD = ThreadLocal.withInitial(RowBuffers::new);

    private final double[][][] slots = new double[SLOTS][][];

    private RowBuffers() {}

    /**
     * Slot {@code slot} of this thread: at least {@code rows} rows, each of at least {@code length}
     * elements. Rows grow one by one, so a tall narrow request followed by a square one keeps
     * memory near the larger of the two rather than their product.
     */
    static double[][] rows(int slot, int rows, int length) {
        RowBuffers self = PER_THREAD.get();
        double[][] s = self.slots[slot];
        if (s == null || s.length < rows) {
            double[][] grown = new double[rows][];
            if (s != null) System.arraycopy(s, 0, grown, 0, s.length);
            s = grown;
            self.slots[slot] = s;
        }
        for (int i = 0; i < rows; i++) {
            if (s[i] == null || s[i].length < length) s[i] = new double[length];
        }
        return s;
    }

    /** rows[i][0:cols) := a[off + i*ld : ...] for i &lt; count. */
    static void load(double[] a, int off, int ld, double[][] rows, int count, int cols) {
        for (int i = 0; i < count; i++) System.arraycopy(a, off + i * ld, rows[i], 0, cols);
    }

    /** a[off + i*ld : ...] := rows[i][0:cols) for i &lt; count. */
    static void store(double[][] rows, int count, int cols, double[] a, int off, int ld) {
        for (int i = 0; i < count; i++) System.arraycopy(rows[i], 0, a, off + i * ld, cols);
    }

    /** rows[j][i] := a[i*cols + j]: the transpose of the rows-by-cols flat matrix, as cols rows. */
    static void loadTransposed(double[] a, int rows, int cols, double[][] out) {
        for (int i0 = 0; i0 < rows; i0 += TILE) {
            int i1 = Math.min(rows, i0 + TILE);
            for (int j0 = 0; j0 < cols; j0 += TILE) {
                int j1 = Math.min(cols, j0 + TILE);
                for (int i = i0; i < i1; i++) {
                    int ai = i * cols;
                    for (int j = j0; j < j1; j++) out[j][i] = a[ai + j];
                }
            }
        }
    }

    /** a[i*cols + j] := rows[j][i]: stores the transpose of cols rows as a rows-by-cols flat matrix. */
    static void storeTransposed(double[][] in, int rows, int cols, double[] a) {
        for (int i0 = 0; i0 < rows; i0 += TILE) {
            int i1 = Math.min(rows, i0 + TILE);
            for (int j0 = 0; j0 < cols; j0 += TILE) {
                int j1 = Math.min(cols, j0 + TILE);
                for (int i = i0; i < i1; i++) {
                    int ai = i * cols;
                    for (int j = j0; j < j1; j++) a[ai + j] = in[j][i];
                }
            }
        }
    }

    /** Zeroes columns [0, cols) of the first {@code count} rows. */
    static void zero(double[][] rows, int count, int cols) {
        for (int i = 0; i < count; i++) java.util.Arrays.fill(rows[i], 0, cols, 0.0);
    }

    /** u[j][i] := a[i*n + j] for j &lt;= i and 0 for j &gt; i: the lower triangle of a, transposed into upper rows. */
    static void loadLowerTransposed(double[] a, int n, double[][] u) {
        for (int i0 = 0; i0 < n; i0 += TILE) {
            int i1 = Math.min(n, i0 + TILE);
            for (int j0 = 0; j0 < n; j0 += TILE) {
                int j1 = Math.min(n, j0 + TILE);
                for (int i = i0; i < i1; i++) {
                    int ai = i * n;
                    for (int j = j0; j < j1; j++) u[j][i] = j <= i ? a[ai + j] : 0.0;
                }
            }
        }
    }

    /** a[i*n + j] := u[j][i] for j &lt;= i and 0 for j &gt; i: upper rows stored transposed as a lower triangle. */
    static void storeUpperTransposed(double[][] u, int n, double[] a) {
        for (int i0 = 0; i0 < n; i0 += TILE) {
            int i1 = Math.min(n, i0 + TILE);
            for (int j0 = 0; j0 < n; j0 += TILE) {
                int j1 = Math.min(n, j0 + TILE);
                for (int i = i0; i < i1; i++) {
                    int ai = i * n;
                    for (int j = j0; j < j1; j++) a[ai + j] = j <= i ? u[j][i] : 0.0;
                }
            }
        }
    }

    /** rows[i][j] := a[i*n + j] for j &lt;= i and 0 for j &gt; i: the lower triangle only. */
    static void loadLower(double[] a, int n, double[][] rows) {
        for (int i = 0; i < n; i++) {
            System.arraycopy(a, i * n, rows[i], 0, i + 1);
            java.util.Arrays.fill(rows[i], i + 1, n, 0.0);
        }
    }

    /** a[i*n + j] := rows[i][j] for j &lt;= i and 0 above: the lower triangle only. */
    static void storeLower(double[][] rows, int n, double[] a) {
        for (int i = 0; i < n; i++) {
            System.arraycopy(rows[i], 0, a, i * n, i + 1);
            java.util.Arrays.fill(a, i * n + i + 1, i * n + n, 0.0);
        }
    }

    /** a := the symmetric matrix whose lower triangle is that of the rows. */
    static void storeSymmetric(double[][] rows, int n, double[] a) {
        for (int i0 = 0; i0 < n; i0 += TILE) {
            int i1 = Math.min(n, i0 + TILE);
            for (int j0 = 0; j0 <= i0; j0 += TILE) {
                int j1 = Math.min(n, j0 + TILE);
                for (int i = i0; i < i1; i++) {
                    double[] row = rows[i];
                    int jEnd = Math.min(j1, i + 1);
                    for (int j = j0; j < jEnd; j++) {
                        a[i * n + j] = row[j];
                        a[j * n + i] = row[j];
                    }
                }
            }
        }
    }
}
