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
 *   Cholesky                ours   0.086    2.30     17.0
 *                           EJML   0.259    10.6     53.4
 *   Cholesky + SPD inverse  ours   0.210    6.84     49.8
 *                           EJML   1.18     43.3      334
 *   product A B             ours   0.212    8.01     65.1
 *                           EJML   1.36     50.7      413
 * </pre>
 *
 * <p>(Ours at n = 150 re-measured after the left-looking factorisation for small orders and the
 * inverse that skips the zeros of L^{-1}; 500 and 1000 agreed with the figures above within the
 * run's noise.) {@code CholeskyRows} keeps a factor as rows between calls and so also skips the
 * copies into and out of rows that the flat-array kernels pay.
 */
package org.ppl.linalg;
