package org.ppl.linalg;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.ppl.linalg.Matrices.SIZES;
import static org.ppl.linalg.Matrices.relativeError;

import java.util.Random;
import org.junit.jupiter.api.Test;

class ProductsTest {
    private static final double TOL = 1e-12;

    /** The textbook triple loop, as an independent reference. */
    private static double[] naive(double[] a, double[] b, int m, int k, int n) {
        double[] c = new double[m * n];
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < n; j++) {
                double s = 0;
                for (int p = 0; p < k; p++) s += a[i * k + p] * b[p * n + j];
                c[i * n + j] = s;
            }
        }
        return c;
    }

    @Test
    void productsOfEveryShape() {
        Random r = new Random(11);
        int[][] shapes = {{1, 1, 1}, {1, 5, 1}, {5, 1, 1}, {1, 1, 5}, {3, 7, 2}, {9, 12, 150}, {33, 17, 65}, {64, 64, 64},
            {130, 3, 257}, {257, 130, 31}};
        for (int[] s : shapes) {
            int m = s[0], k = s[1], n = s[2];
            double[] a = Matrices.gaussian(m, k, r);
            double[] b = Matrices.gaussian(k, n, r);
            double[] expected = naive(a, b, m, k, n);
            String label = m + "x" + k + " times " + k + "x" + n;

            double[] c = new double[m * n];
            MatrixMultiply.mult(a, b, c, m, k, n);
            assertTrue(relativeError(c, expected) < TOL, "A B " + label);

            MatrixMultiply.multTransA(Matrices.transpose(a, m, k), b, c, m, k, n);
            assertTrue(relativeError(c, expected) < TOL, "A^T B " + label);

            MatrixMultiply.multTransB(a, Matrices.transpose(b, k, n), c, m, k, n);
            assertTrue(relativeError(c, expected) < TOL, "A B^T " + label);

            double[] acc = Matrices.gaussian(m, n, r);
            double[] accExpected = acc.clone();
            for (int i = 0; i < accExpected.length; i++) accExpected[i] -= 2 * expected[i];
            MatrixMultiply.multAdd(-2, a, b, acc, m, k, n);
            assertTrue(relativeError(acc, accExpected) < TOL, "C - 2 A B " + label);
        }
    }

    @Test
    void transposeAndMirror() {
        Random r = new Random(14);
        for (int[] s : new int[][] {{1, 1}, {3, 70}, {65, 33}}) {
            double[] a = Matrices.gaussian(s[0], s[1], r);
            double[] t = new double[a.length];
            Transpose.transpose(a, s[0], s[1], t);
            assertTrue(relativeError(t, Matrices.transpose(a, s[0], s[1])) == 0, s[0] + "x" + s[1]);
        }
        int n = 70;
        double[] a = Matrices.gaussian(n, n, r);
        double[] mirrored = a.clone();
        Transpose.mirrorLower(mirrored, n);
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) assertTrue(mirrored[i * n + j] == a[Math.max(i, j) * n + Math.min(i, j)], i + "," + j);
        }
    }

    @Test
    void symmetricProducts() {
        Random r = new Random(13);
        for (int n : SIZES) {
            double[] l = Matrices.lowerWithJunk(n, r);
            double[] lower = Matrices.lowerPart(l, n);
            double[] lowerT = Matrices.transpose(lower, n, n);
            double[] out = new double[n * n];
            SymmetricProducts.lowerTransposeTimesLower(l, n, out);
            assertTrue(relativeError(out, naive(lowerT, lower, n, n, n)) < TOL, "L^T L n=" + n);
            SymmetricProducts.lowerTimesTranspose(l, n, out);
            assertTrue(relativeError(out, naive(lower, lowerT, n, n, n)) < TOL, "L L^T n=" + n);

            int k = 1 + n / 3;
            double[] a = Matrices.gaussian(n, k, r);
            double[] at = Matrices.transpose(a, n, k);
            double[] gram = new double[k * k];
            SymmetricProducts.transposeTimesSelf(a, n, k, gram);
            assertTrue(relativeError(gram, naive(at, a, k, n, k)) < TOL, "A^T A n=" + n);
            SymmetricProducts.selfTimesTranspose(a, n, k, out);
            assertTrue(relativeError(out, naive(a, at, n, k, n)) < TOL, "A A^T n=" + n);
        }
    }

    @Test
    void scaledGramOfRowsAddsIntoTheLowerTriangle() {
        Random r = new Random(21);
        for (int n : new int[] {1, 2, 4, 31, 100}) {
            for (int k : new int[] {1, 4, 12}) {
                double[] a = Matrices.gaussian(k, n, r);
                double[][] rows = new double[k][];
                for (int c = 0; c < k; c++) rows[c] = java.util.Arrays.copyOfRange(a, c * n, c * n + n);
                double[][] s = new double[n][n];
                double[] start = Matrices.gaussian(n, n, r);
                for (int i = 0; i < n; i++) System.arraycopy(start, i * n, s[i], 0, n);
                SymmetricProducts.addTransposeTimesSelfLower(-0.7, rows, k, n, s);
                double[] gram = Matrices.product(Matrices.transpose(a, k, n), a, n, k, n);
                double[] expected = new double[n * n], actual = new double[n * n];
                for (int i = 0; i < n; i++) {
                    for (int j = 0; j <= i; j++) {
                        expected[i * n + j] = start[i * n + j] - 0.7 * gram[i * n + j];
                        actual[i * n + j] = s[i][j];
                    }
                }
                assertTrue(relativeError(actual, expected) < 1e-13, "n=" + n + " k=" + k);
            }
        }
    }
}
