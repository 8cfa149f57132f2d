package org.ppl.linalg;

/**
 * Cholesky factorisation of a symmetric positive-definite matrix, in place, on a row-major
 * {@code double[]}: the lower triangle becomes L with A = L L^T, the strict upper triangle zero.
 * Only the lower triangle of the input is read.
 */
public final class CholeskyKernel {
    private CholeskyKernel() {}

    /** Factors the n-by-n matrix {@code a} in place; false when it is not positive definite. */
    public static boolean factor(double[] a, int n) {
        for (int j = 0; j < n; j++) {
            int rj = j * n;
            double d = a[rj + j];
            for (int k = 0; k < j; k++) d -= a[rj + k] * a[rj + k];
            if (!(d > 0)) return false;
            double ljj = Math.sqrt(d);
            a[rj + j] = ljj;
            for (int i = j + 1; i < n; i++) {
                int ri = i * n;
                double s = a[ri + j];
                for (int k = 0; k < j; k++) s -= a[ri + k] * a[rj + k];
                a[ri + j] = s / ljj;
            }
            for (int i = 0; i < j; i++) a[i * n + j] = 0.0;
        }
        return true;
    }
}
