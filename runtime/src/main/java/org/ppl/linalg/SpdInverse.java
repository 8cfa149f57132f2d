package org.ppl.linalg;

/**
 * The inverse of a symmetric positive-definite matrix from its Cholesky factor, as LAPACK's potri:
 * W = L^{-1}, then A^{-1} = W^T W, each in blocked, vectorised form (about n^3/3 flops apiece).
 */
public final class SpdInverse {
    private SpdInverse() {}

    /**
     * {@code out} := (L L^T)^{-1}, full symmetric, from lower-triangular {@code l}; {@code work} is
     * scratch of n*n and receives L^{-1}. Neither may alias {@code l} or each other.
     */
    public static void fromCholesky(double[] l, int n, double[] out, double[] work) {
        TriangularKernels.invertLower(l, n, work);
        SymmetricProducts.lowerTransposeTimesLower(work, n, out);
    }
}
