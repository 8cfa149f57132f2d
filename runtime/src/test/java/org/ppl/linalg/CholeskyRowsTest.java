package org.ppl.linalg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.ppl.linalg.Matrices.relativeError;

import java.util.Random;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.junit.jupiter.api.Test;

class CholeskyRowsTest {
    private static final double TOL = 1e-11;
    /** Below, at and above the factor's block of 48 rows, and across several blocks. */
    private static final int[] SIZES = {1, 2, 3, 4, 7, 48, 49, 100, 151, 257};

    @Test
    void factorOfTheShiftedMatrixMatchesTheFlatKernel() {
        Random r = new Random(11);
        for (int n : SIZES) {
            double[] a = Matrices.spd(n, r);
            double shift = 0.37;
            CholeskyRows rows = new CholeskyRows(n);
            assertTrue(rows.factorShifted(a, shift), "n=" + n);
            double[] shifted = a.clone();
            for (int i = 0; i < n; i++) shifted[i * n + i] += shift;
            double[] expected = shifted.clone();
            assertTrue(CholeskyKernel.factor(expected, n));
            double[] l = lowerOf(rows, n);
            assertTrue(relativeError(l, expected) < TOL, "n=" + n + " error " + relativeError(l, expected));
            double[] llt = Matrices.product(l, Matrices.transpose(l, n, n), n, n, n);
            assertTrue(relativeError(llt, shifted) < TOL, "n=" + n);
            double logDet = Math.log(CommonOps_DDRM.det(DMatrixRMaj.wrap(n, n, shifted.clone())));
            assertEquals(logDet, rows.logDeterminant(), 1e-10 * Math.max(1, Math.abs(logDet)), "n=" + n);
        }
    }

    @Test
    void reusedForANewMatrixForgetsTheOldOne() {
        Random r = new Random(12);
        int n = 60;
        CholeskyRows rows = new CholeskyRows(n);
        assertTrue(rows.factorShifted(Matrices.spd(n, r), 5.0));
        double[] a = Matrices.spd(n, r);
        assertTrue(rows.factorShifted(a, 0.0));
        double[] expected = a.clone();
        assertTrue(CholeskyKernel.factor(expected, n));
        assertTrue(relativeError(lowerOf(rows, n), expected) < TOL);
    }

    @Test
    void reportsMatricesThatAreNotPositiveDefinite() {
        Random r = new Random(13);
        for (int n : SIZES) {
            for (int k : new int[] {0, n / 2, n - 1}) {
                double[] a = Matrices.spd(n, r);
                a[k * n + k] = -0.5;
                assertFalse(new CholeskyRows(n).factorShifted(a, 0.0), "n=" + n + " k=" + k);
            }
            double[] a = Matrices.spd(n, r);
            // A shift that makes the smallest pivot negative: -(largest diagonal) - 1 suffices.
            double largest = 0;
            for (int i = 0; i < n; i++) largest = Math.max(largest, a[i * n + i]);
            assertFalse(new CholeskyRows(n).factorShifted(a, -largest - 1), "shift, n=" + n);
            double[] nan = Matrices.spd(n, r);
            nan[n - 1] = Double.NaN; // the upper triangle is the one read
            assertFalse(new CholeskyRows(n).factorShifted(nan, 0.0), "NaN, n=" + n);
        }
    }

    @Test
    void solvesAndInverseSatisfyTheirDefiningEquations() {
        Random r = new Random(14);
        for (int n : SIZES) {
            for (int m : new int[] {1, 2, 4, 12}) {
                double[] a = Matrices.spd(n, r);
                CholeskyRows rows = new CholeskyRows(n);
                assertTrue(rows.factorShifted(a, 0.0));
                double[] l = lowerOf(rows, n);
                double[] b = Matrices.gaussian(m, n, r); // m right-hand sides as rows
                double[][] z = toRows(b, m, n);
                rows.solveLower(z, m);
                // L z_c = b_c for every right-hand side.
                double[] lz = Matrices.product(l, Matrices.transpose(flat(z, m, n), m, n), n, n, m);
                assertTrue(relativeError(lz, Matrices.transpose(b, m, n)) < TOL, "L solve n=" + n + " m=" + m);

                double[][] back = new double[m][n];
                rows.solveLowerTransposed(z, back, m);
                double[][] viaInverse = new double[m][n];
                double[][] s = new double[n][n];
                rows.inverse(s, z, viaInverse, m);
                double[] ax = Matrices.product(a, Matrices.transpose(flat(back, m, n), m, n), n, n, m);
                assertTrue(relativeError(ax, Matrices.transpose(b, m, n)) < TOL, "A solve n=" + n + " m=" + m);
                assertTrue(relativeError(flat(viaInverse, m, n), flat(back, m, n)) < TOL, "W^T z n=" + n + " m=" + m);

                double[] inverse = new double[n * n];
                for (int i = 0; i < n; i++) {
                    for (int j = 0; j <= i; j++) {
                        inverse[i * n + j] = s[i][j];
                        inverse[j * n + i] = s[i][j];
                    }
                }
                double[] identity = new double[n * n];
                for (int i = 0; i < n; i++) identity[i * n + i] = 1;
                double[] product = Matrices.product(a, inverse, n, n, n);
                assertTrue(relativeError(product, identity) < 1e-10, "inverse n=" + n + " error " + relativeError(product, identity));
            }
        }
    }

    @Test
    void symmetricAddFromLowerRowsAddsBothTriangles() {
        Random r = new Random(15);
        for (int n : new int[] {1, 5, 31, 32, 33, 100}) {
            double[][] rows = new double[n][n];
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < n; j++) rows[i][j] = j <= i ? r.nextGaussian() : Double.NaN;
            }
            double[] a = Matrices.gaussian(n, n, r);
            double[] expected = a.clone();
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < n; j++) expected[i * n + j] += i >= j ? rows[i][j] : rows[j][i];
            }
            Transpose.addSymmetricLowerRows(rows, n, a);
            assertTrue(relativeError(a, expected) < 1e-15, "n=" + n);
        }
    }

    private static double[] lowerOf(CholeskyRows rows, int n) {
        double[] l = new double[n * n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j <= i; j++) l[i * n + j] = rows.lower(i, j);
        }
        return l;
    }

    private static double[][] toRows(double[] a, int m, int n) {
        double[][] rows = new double[m][];
        for (int c = 0; c < m; c++) rows[c] = java.util.Arrays.copyOfRange(a, c * n, c * n + n);
        return rows;
    }

    private static double[] flat(double[][] rows, int m, int n) {
        double[] a = new double[m * n];
        for (int c = 0; c < m; c++) System.arraycopy(rows[c], 0, a, c * n, n);
        return a;
    }
}
