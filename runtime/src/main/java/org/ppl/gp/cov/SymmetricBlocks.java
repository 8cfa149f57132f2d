package org.ppl.gp.cov;

/**
 * The adjoint fold of a symmetric matrix's two triangles onto one, in square tiles so that the
 * column-wise side stays in cache (a plain loop strides through memory by n per element, which at
 * n = 1000 costs more than the arithmetic around it).
 */
final class SymmetricBlocks {
    private static final int TILE = 48;

    private SymmetricBlocks() {}

    /**
     * out[i][j] := g[i][j] + g[j][i] for j < i, out[i][i] := g[i][i]: the adjoint of the lower
     * triangle of a matrix whose upper triangle mirrors it. The upper triangle of out is not written.
     */
    static void foldToLower(double[] g, int n, double[] out) {
        for (int bi = 0; bi < n; bi += TILE) {
            int iEnd = Math.min(bi + TILE, n);
            for (int bj = 0; bj <= bi; bj += TILE) {
                int jEnd = Math.min(bj + TILE, n);
                for (int i = bi; i < iEnd; i++) {
                    int row = i * n;
                    int end = Math.min(jEnd, i);
                    for (int j = bj; j < end; j++) out[row + j] = g[row + j] + g[j * n + i];
                    if (i >= bj && i < jEnd) out[row + i] = g[row + i];
                }
            }
        }
    }
}
