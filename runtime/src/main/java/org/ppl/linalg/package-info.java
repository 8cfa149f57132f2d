/**
 * Dense linear algebra kernels on row-major {@code double[]} matrices: Cholesky factorisation and
 * its blocked reverse mode, triangular solves from both sides, triangular and SPD inverses,
 * matrix products and symmetric products.
 *
 * <p>Design: the work is done on matrices copied into arrays of rows, where HotSpot's C2 compiler
 * turns the inner update loops into AVX vector code (see {@code RowKernels}); the copies cost
 * O(n^2) against O(n^3) work. Each thread keeps its row buffers ({@code RowBuffers}) and reuses
 * them, so nothing is allocated once the largest size has been seen, and threads never share
 * scratch. No kernel starts threads of its own: chains already run in parallel.
 *
 * <p>Measured single-threaded on the 2-core development machine with {@code DenseKernelsBenchmark}
 * (JMH average time per call, milliseconds), against EJML 0.46.1
 * ({@code LinearSolverFactory_DDRM.symmPosDef} then {@code invert}; {@code CommonOps_DDRM.mult}):
 *
 * <pre>
 *   n                               150     500     1000
 *   Cholesky                ours   0.099    2.30     17.0
 *                           EJML   0.259    10.6     53.4
 *   Cholesky + SPD inverse  ours   0.261    6.84     49.8
 *                           EJML   1.18     43.3      334
 *   product A B             ours   0.212    8.01     65.1
 *                           EJML   1.36     50.7      413
 * </pre>
 */
package org.ppl.linalg;
