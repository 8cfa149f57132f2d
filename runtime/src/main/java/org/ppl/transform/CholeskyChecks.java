package org.ppl.transform;

import org.ppl.ad.Shape;

/** The checks of a Cholesky factor shared by the two Cholesky transforms' inverses. */
final class CholeskyChecks {
    private CholeskyChecks() {}

    /** Finite entries, zeros above the diagonal and a positive diagonal, else the first offender. */
    static void requireLowerTriangular(Shape shape, double[] l) {
        int rows = shape.dim(0), cols = shape.dim(1);
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < cols; j++) {
                int k = i * cols + j;
                double v = l[k];
                if (!Double.isFinite(v)) {
                    throw new IllegalArgumentException(Describe.element(shape, k) + " is " + Describe.number(v)
                            + ", not a finite number");
                }
                if (j > i && v != 0) {
                    throw new IllegalArgumentException(Describe.element(shape, k) + " is " + Describe.number(v)
                            + ", above the diagonal of a lower triangular factor");
                }
                if (j == i && !(v > 0)) {
                    throw new IllegalArgumentException(Describe.element(shape, k) + " is " + Describe.number(v)
                            + ", on the diagonal, which must be positive");
                }
            }
        }
    }
}
