package org.ppl.linalg;

/** The inverse of a symmetric positive-definite matrix from its Cholesky factor. */
public final class SpdInverse {
    private SpdInverse() {}

    /**
     * {@code out} := (L L^T)^{-1}, full symmetric, from lower-triangular {@code l}; {@code work}
     * is scratch of n*n.
     */
    public static void fromCholesky(double[] l, int n, double[] out, double[] work) {
        TriangularKernels.invertLower(l, n, work);
        // (L L^T)^{-1} = L^{-T} L^{-1}: entry (i, j) sums over k >= max(i, j) of W[k][i] W[k][j].
        for (int i = 0; i < n; i++) {
            for (int j = 0; j <= i; j++) {
                double s = 0;
                for (int k = i; k < n; k++) s += work[k * n + i] * work[k * n + j];
                out[i * n + j] = s;
                out[j * n + i] = s;
            }
        }
    }
}
