package org.ppl.transform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.ppl.transform.TransformTestSupport.ROUND_TRIP_TOLERANCE;
import static org.ppl.transform.TransformTestSupport.assertAllGradients;
import static org.ppl.transform.TransformTestSupport.assertClose;
import static org.ppl.transform.TransformTestSupport.assertLogJacobianMatchesDeterminant;
import static org.ppl.transform.TransformTestSupport.assertNoNaN;
import static org.ppl.transform.TransformTestSupport.gaussian;

import java.util.Random;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.CholeskyDecomposition_F64;
import org.junit.jupiter.api.Test;
import org.ppl.ad.Shape;
import org.ppl.ad.ShapeException;
import org.ppl.ad.Tape;
import org.ppl.transform.TransformTestSupport.Bound;

/** Cholesky factors of correlation matrices (Stan's LKJ bijector) and of covariance matrices. */
class CholeskyTransformsTest {
    private static final int[] SIZES = {1, 2, 3, 4, 6};
    private static final Shape[] COV_SHAPES = {
        Shape.matrix(1, 1), Shape.matrix(2, 2), Shape.matrix(4, 4), Shape.matrix(3, 1), Shape.matrix(5, 2)
    };

    private static Bound corr(int k) {
        return new Bound(t -> new CholeskyCorrelation(), Shape.matrix(k, k));
    }

    private static Bound cov(Shape s) {
        return new Bound(t -> new CholeskyCovariance(), s);
    }

    /** Stan's cholesky_corr_constrain as its manual writes it, with 1 - sum of squares. */
    private static double[] stanCorrelation(double[] y, int k, double[] logJ) {
        double[] l = new double[k * k];
        l[0] = 1;
        int p = 0;
        logJ[0] = 0;
        for (int i = 1; i < k; i++) {
            double sumSq = 0;
            for (int j = 0; j < i; j++, p++) {
                double z = Math.tanh(y[p]);
                logJ[0] += Math.log(1 - z * z) + 0.5 * Math.log(1 - sumSq);
                l[i * k + j] = z * Math.sqrt(1 - sumSq);
                sumSq += l[i * k + j] * l[i * k + j];
            }
            l[i * k + i] = Math.sqrt(1 - sumSq);
        }
        return l;
    }

    private static int[] strictlyLower(int k) {
        int[] c = new int[k * (k - 1) / 2];
        int p = 0;
        for (int i = 1; i < k; i++) {
            for (int j = 0; j < i; j++) c[p++] = i * k + j;
        }
        return c;
    }

    private static int[] nonZero(Shape s) {
        int rows = s.dim(0), cols = s.dim(1);
        int[] c = new int[new CholeskyCovariance().freeSize(s)];
        int p = 0;
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j <= Math.min(i, cols - 1); j++) c[p++] = i * cols + j;
        }
        return c;
    }

    /** The Cholesky factor of a random correlation matrix, by EJML. */
    private static double[] randomCorrelationFactor(Random r, int k) {
        DMatrixRMaj s = TransformTestSupport.randomSpd(r, k);
        DMatrixRMaj c = new DMatrixRMaj(k, k);
        for (int i = 0; i < k; i++) {
            for (int j = 0; j < k; j++) c.set(i, j, s.get(i, j) / Math.sqrt(s.get(i, i) * s.get(j, j)));
        }
        CholeskyDecomposition_F64<DMatrixRMaj> chol = DecompositionFactory_DDRM.chol(k, true);
        assertTrue(chol.decompose(c));
        return chol.getT(null).data;
    }

    @Test
    void correlationFactorFollowsStan() {
        Random r = new Random(31);
        for (int k : SIZES) {
            Bound b = corr(k);
            assertEquals(k * (k - 1) / 2, b.free.size());
            double[] identity = new double[k * k];
            for (int i = 0; i < k; i++) identity[i * k + i] = 1;
            assertClose(identity, b.forward(new double[b.free.size()]), 0, "y = 0 is the identity");
            double[] y = gaussian(r, b.free.size(), 1.2);
            double[] logJ = new double[1];
            double[] l = b.forward(y);
            assertClose(stanCorrelation(y, k, logJ), l, 1e-14, "correlation factor");
            assertEquals(logJ[0], b.logJacobian(y), 1e-12 * Math.max(1, Math.abs(logJ[0])));
            DMatrixRMaj m = DMatrixRMaj.wrap(k, k, l), c = new DMatrixRMaj(k, k);
            CommonOps_DDRM.multTransB(m, m, c);
            for (int i = 0; i < k; i++) assertEquals(1.0, c.get(i, i), 1e-14, "unit diagonal of L L^T");
        }
    }

    @Test
    void correlationFactorRoundTripsAndLogDeterminant() {
        Random r = new Random(32);
        for (int k : SIZES) {
            Bound b = corr(k);
            double[] l = randomCorrelationFactor(r, k);
            assertClose(l, b.forward(b.inverse(l)), ROUND_TRIP_TOLERANCE, "corr inverse then forward");
            double[] y = gaussian(r, b.free.size(), 1.5);
            assertClose(y, b.inverse(b.forward(y)), ROUND_TRIP_TOLERANCE, "corr forward then inverse");
            assertLogJacobianMatchesDeterminant(b, y, strictlyLower(k));
        }
    }

    @Test
    void correlationFactorGradientsAndExtremes() {
        Random r = new Random(33);
        for (int k : SIZES) {
            int n = k * (k - 1) / 2;
            assertAllGradients(in -> new CholeskyCorrelation(), Shape.matrix(k, k), gaussian(r, n, 1.2));
        }
        int k = 5, n = k * (k - 1) / 2;
        for (double[] y : new double[][] {SimplexAndOrderedTest.filled(n, 40), SimplexAndOrderedTest.filled(n, -40),
                SimplexAndOrderedTest.alternating(n)}) {
            Bound b = corr(k);
            assertNoNaN(b, y);
            double[] l = b.forward(y);
            for (int i = 0; i < k; i++) assertTrue(l[i * k + i] > 0, "positive diagonal at the extremes");
        }
    }

    @Test
    void correlationFactorInverseErrors() {
        Bound b = corr(3);
        assertMessage("element [0, 1] is 0.2, above the diagonal of a lower triangular factor",
                () -> b.inverse(new double[] {1, 0.2, 0, 0, 1, 0, 0, 0, 1}));
        assertMessage("element [1, 1] is -0.8, on the diagonal, which must be positive",
                () -> b.inverse(new double[] {1, 0, 0, 0.6, -0.8, 0, 0, 0, 1}));
        assertMessage("row 2 has length 1.5, not 1", () -> b.inverse(new double[] {1, 0, 0, 0.6, 0.8, 0, 0, 0.9, 1.2}));
        assertMessage("element [2, 0] is NaN, not a finite number",
                () -> b.inverse(new double[] {1, 0, 0, 0.6, 0.8, 0, Double.NaN, 0, 1}));
        ShapeException e = assertThrows(ShapeException.class,
                () -> new CholeskyCorrelation().bind(new Tape().variable(Shape.vector(3)), Shape.matrix(3, 2)));
        assertEquals("cholesky_corr: the value must be a square matrix, not (3, 2)", e.getMessage());
    }

    @Test
    void covarianceFactorFollowsStan() {
        Random r = new Random(41);
        for (Shape s : COV_SHAPES) {
            Bound b = cov(s);
            int rows = s.dim(0), cols = s.dim(1);
            assertEquals(cols * (cols + 1) / 2 + (rows - cols) * cols, b.free.size());
            double[] y = gaussian(r, b.free.size(), 1.2);
            double[] l = b.forward(y);
            double logJ = 0;
            int p = 0;
            for (int i = 0; i < rows; i++) {
                for (int j = 0; j < cols; j++) {
                    double expected = j > i ? 0 : j == i ? Math.exp(y[p]) : y[p];
                    if (j == i) logJ += y[p];
                    if (j <= i) p++;
                    assertEquals(expected, l[i * cols + j], 1e-15 * Math.max(1, Math.abs(expected)));
                }
            }
            assertEquals(logJ, b.logJacobian(y), 1e-14);
        }
    }

    @Test
    void covarianceFactorRoundTripsLogDeterminantGradientsAndExtremes() {
        Random r = new Random(42);
        for (Shape s : COV_SHAPES) {
            Bound b = cov(s);
            int rows = s.dim(0), cols = s.dim(1);
            double[] l = TransformTestSupport.gaussianMatrix(r, rows, cols).data;
            for (int i = 0; i < rows; i++) {
                for (int j = i; j < cols; j++) l[i * cols + j] = j == i ? Math.exp(r.nextGaussian()) : 0;
            }
            assertClose(l, b.forward(b.inverse(l)), ROUND_TRIP_TOLERANCE, "cov inverse then forward");
            double[] y = gaussian(r, b.free.size(), 1.5);
            assertClose(y, b.inverse(b.forward(y)), ROUND_TRIP_TOLERANCE, "cov forward then inverse");
            assertLogJacobianMatchesDeterminant(b, y, nonZero(s));
            assertAllGradients(in -> new CholeskyCovariance(), s, gaussian(r, b.free.size(), 1.2));
            assertNoNaN(b, SimplexAndOrderedTest.filled(b.free.size(), 40));
            assertNoNaN(b, SimplexAndOrderedTest.alternating(b.free.size()));
        }
    }

    @Test
    void covarianceFactorInverseErrors() {
        Bound b = cov(Shape.matrix(3, 2));
        assertMessage("element [1, 1] is 0, on the diagonal, which must be positive",
                () -> b.inverse(new double[] {1, 0, 2, 0, 3, 4}));
        assertMessage("element [0, 1] is 1, above the diagonal of a lower triangular factor",
                () -> b.inverse(new double[] {1, 1, 2, 1, 3, 4}));
        ShapeException e = assertThrows(ShapeException.class,
                () -> new CholeskyCovariance().bind(new Tape().variable(Shape.vector(3)), Shape.matrix(2, 3)));
        assertEquals("cholesky_cov: the value must be a matrix with at least as many rows as columns, not (2, 3)",
                e.getMessage());
    }

    private static void assertMessage(String expected, Runnable r) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, r::run);
        assertEquals(expected, e.getMessage());
    }
}
