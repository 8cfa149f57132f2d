package org.ppl.linalg;

/**
 * The inverse of a symmetric positive-definite matrix from its Cholesky factor, as LAPACK's potri:
 * W = L^{-1}, then A^{-1} = W^T W, both blocked and vectorised on rows (about n^3/3 flops each).
 */
public final class SpdInverse {
    private SpdInverse() {}

    /**
     * {@code out} := (L L^T)^{-1}, full symmetric, from lower-triangular {@code l} (its strict upper
     * triangle is not read). {@code work} is not used and may be null: the intermediate rows live in
     * per-thread buffers.
     */
    public static void fromCholesky(double[] l, int n, double[] out, double[] work) {
        double[][] w = RowBuffers.rows(0, n, n);
        double[][] s = RowBuffers.rows(1, n, n);
        TriangularKernels.invertLower(l, n, w);
        SymmetricProducts.lowerTransposeTimesLower(w, n, s);
        RowBuffers.storeSymmetric(s, n, out);
    }
}
