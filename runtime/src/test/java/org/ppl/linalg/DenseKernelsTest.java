package org.ppl.linalg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.ppl.linalg.Matrices.SIZES;
import static org.ppl.linalg.Matrices.relativeError;

import java.util.Random;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.CholeskyDecomposition_F64;
import org.junit.jupiter.api.Test;

class DenseKernelsTest {
    private static final double TOL = 1e-11;

    @Test
    void choleskyMatchesEjmlAndReproducesTheMatrix() {
        Random r = new Random(1);
        for (int n : SIZES) {
            double[] a = Matrices.spd(n, r);
            double[] l = a.clone();
            for (int i = 0; i < n; i++) {
                for (int j = i + 1; j < n; j++) l[i * n + j] = Double.NaN; // the upper triangle is never read
            }
            assertTrue(CholeskyKernel.factor(l, n), "n=" + n);
            CholeskyDecomposition_F64<DMatrixRMaj> ejml = DecompositionFactory_DDRM.chol(n, true);
            assertTrue(ejml.decompose(DMatrixRMaj.wrap(n, n, a.clone())));
            double[] expected = ejml.getT(null).data;
            assertTrue(relativeError(l, expected) < TOL, "n=" + n + " error " + relativeError(l, expected));
            double[] llt = Matrices.product(l, Matrices.transpose(l, n, n), n, n, n);
            assertTrue(relativeError(llt, a) < TOL, "n=" + n);
        }
    }

    @Test
    void choleskyReportsMatricesThatAreNotPositiveDefinite() {
        Random r = new Random(2);
        for (int n : SIZES) {
            // A negative pivot at the start, in the middle (inside a later block) and at the end.
            for (int k : new int[] {0, n / 2, n - 1}) {
                double[] a = Matrices.spd(n, r);
                a[k * n + k] = -0.5;
                assertFalse(CholeskyKernel.factor(a, n), "n=" + n + " k=" + k);
            }
            // Indefinite with a positive diagonal: Q diag(1, ..., 1, -1) Q^T.
            if (n > 1) assertFalse(CholeskyKernel.factor(indefinite(n, r), n), "n=" + n);
            double[] nan = Matrices.spd(n, r);
            nan[(n - 1) * n] = Double.NaN;
            assertFalse(CholeskyKernel.factor(nan, n), "NaN, n=" + n);
            assertFalse(CholeskyKernel.factor(new double[n * n], n), "zero, n=" + n);
        }
    }

    private static double[] indefinite(int n, Random r) {
        DMatrixRMaj q = new DMatrixRMaj(n, n);
        var qr = DecompositionFactory_DDRM.qr(n, n);
        qr.decompose(DMatrixRMaj.wrap(n, n, Matrices.gaussian(n, n, r)));
        qr.getQ(q, false);
        DMatrixRMaj d = CommonOps_DDRM.identity(n);
        d.set(n - 1, n - 1, -1);
        DMatrixRMaj qd = new DMatrixRMaj(n, n);
        DMatrixRMaj a = new DMatrixRMaj(n, n);
        CommonOps_DDRM.mult(q, d, qd);
        CommonOps_DDRM.multTransB(qd, q, a);
        return a.data;
    }

    @Test
    void logDeterminantMatchesEjml() {
        Random r = new Random(3);
        for (int n : SIZES) {
            double[] a = Matrices.spd(n, r);
            double expected = Math.log(CommonOps_DDRM.det(DMatrixRMaj.wrap(n, n, a.clone())));
            double[] l = a.clone();
            assertTrue(CholeskyKernel.factor(l, n));
            assertEquals(expected, CholeskyKernel.logDeterminant(l, n), 1e-10 * Math.max(1, Math.abs(expected)));
        }
    }

    @Test
    void spdInverseMatchesEjml() {
        Random r = new Random(4);
        for (int n : SIZES) {
            double[] a = Matrices.spd(n, r);
            DMatrixRMaj expected = new DMatrixRMaj(n, n);
            assertTrue(CommonOps_DDRM.invertSPD(DMatrixRMaj.wrap(n, n, a.clone()), expected));
            double[] l = a.clone();
            assertTrue(CholeskyKernel.factor(l, n));
            double[] out = new double[n * n];
            SpdInverse.fromCholesky(l, n, out, new double[n * n]);
            assertTrue(relativeError(out, expected.data) < TOL, "n=" + n + " error " + relativeError(out, expected.data));
        }
    }

    @Test
    void invertLowerIsTheInverse() {
        Random r = new Random(5);
        for (int n : SIZES) {
            double[] l = Matrices.lowerWithJunk(n, r);
            double[] inv = new double[n * n];
            TriangularKernels.invertLower(l, n, inv);
            DMatrixRMaj expected = new DMatrixRMaj(n, n);
            assertTrue(CommonOps_DDRM.invert(DMatrixRMaj.wrap(n, n, Matrices.lowerPart(l, n)), expected));
            assertTrue(relativeError(inv, expected.data) < TOL, "n=" + n + " error " + relativeError(inv, expected.data));
        }
    }

    @Test
    void leftSolvesSatisfyTheirEquations() {
        Random r = new Random(6);
        for (int n : SIZES) {
            double[] l = Matrices.lowerWithJunk(n, r);
            double[] lower = Matrices.lowerPart(l, n);
            double[] lowerT = Matrices.transpose(lower, n, n);
            for (int m : new int[] {1, 2, 5, 300}) {
                double[] b = Matrices.gaussian(n, m, r);
                double[] x = b.clone();
                TriangularKernels.solveLower(l, n, x, m);
                assertTrue(relativeError(Matrices.product(lower, x, n, n, m), b) < TOL, "L\\B n=" + n + " m=" + m);
                x = b.clone();
                TriangularKernels.solveLowerTransposed(l, n, x, m);
                assertTrue(relativeError(Matrices.product(lowerT, x, n, n, m), b) < TOL, "L^T\\B n=" + n + " m=" + m);
            }
        }
    }

    @Test
    void rightSolvesSatisfyTheirEquations() {
        Random r = new Random(7);
        for (int n : SIZES) {
            double[] l = Matrices.lowerWithJunk(n, r);
            double[] lower = Matrices.lowerPart(l, n);
            double[] lowerT = Matrices.transpose(lower, n, n);
            for (int m : new int[] {1, 2, 5, 300}) {
                double[] b = Matrices.gaussian(m, n, r);
                double[] x = b.clone();
                TriangularKernels.solveRightLower(l, n, x, m);
                assertTrue(relativeError(Matrices.product(x, lower, m, n, n), b) < TOL, "B/L n=" + n + " m=" + m);
                x = b.clone();
                TriangularKernels.solveRightLowerTransposed(l, n, x, m);
                assertTrue(relativeError(Matrices.product(x, lowerT, m, n, n), b) < TOL, "B/L^T n=" + n + " m=" + m);
            }
        }
    }
}
