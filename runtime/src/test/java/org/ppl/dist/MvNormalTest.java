package org.ppl.dist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.apache.commons.math3.distribution.MultivariateNormalDistribution;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.CholeskyDecomposition_F64;
import org.junit.jupiter.api.Test;
import org.ppl.ad.GradientChecker;
import org.ppl.ad.Node;
import org.ppl.ad.NumericFailure;
import org.ppl.ad.Shape;
import org.ppl.ad.Tape;
import org.ppl.dist.Harness.Arg;

/** MvNormal with cov= and chol=, against a direct formula on EJML and Commons Math. */
class MvNormalTest {
    private static final Distribution BY_COV = Harness.dist("MvNormal", "cov");
    private static final Distribution BY_CHOL = Harness.dist("MvNormal", "chol");

    /** A random symmetric positive-definite matrix A A^T + d I / 2. */
    static double[] spd(Random random, int d) {
        DMatrixRMaj a = new DMatrixRMaj(d, d);
        for (int i = 0; i < d * d; i++) a.data[i] = random.nextGaussian();
        DMatrixRMaj s = new DMatrixRMaj(d, d);
        CommonOps_DDRM.multTransB(a, a, s);
        for (int i = 0; i < d; i++) s.add(i, i, 0.5 * d);
        return s.data;
    }

    static double[] choleskyOf(double[] cov, int d) {
        DMatrixRMaj l = DMatrixRMaj.wrap(d, d, cov.clone());
        CholeskyDecomposition_F64<DMatrixRMaj> chol = DecompositionFactory_DDRM.chol(d, true);
        assertTrue(chol.decompose(l));
        return chol.getT(null).data;
    }

    /** sum_i log N(x_i | mu_i, S) with S^-1 and log|S| from EJML. */
    private static double direct(double[] x, int n, int d, double[] muRows, double[] cov) {
        DMatrixRMaj s = DMatrixRMaj.wrap(d, d, cov.clone());
        DMatrixRMaj inverse = new DMatrixRMaj(d, d);
        CommonOps_DDRM.invert(s, inverse);
        double logDet = Math.log(CommonOps_DDRM.det(DMatrixRMaj.wrap(d, d, cov.clone())));
        double lp = 0;
        for (int i = 0; i < n; i++) {
            double quad = 0;
            for (int a = 0; a < d; a++) {
                for (int b = 0; b < d; b++) {
                    quad += (x[i * d + a] - muRows[i * d + a]) * inverse.get(a, b) * (x[i * d + b] - muRows[i * d + b]);
                }
            }
            lp += -0.5 * quad - 0.5 * logDet - 0.5 * d * Math.log(2 * Math.PI);
        }
        return lp;
    }

    private static double[] gaussian(Random random, int size) {
        double[] v = new double[size];
        for (int i = 0; i < size; i++) v[i] = random.nextGaussian();
        return v;
    }

    @Test
    void oneVectorAgainstCommonsMath() {
        Random random = new Random(1);
        int d = 4;
        double[] cov = spd(random, d);
        double[] mu = gaussian(random, d);
        double[] x = gaussian(random, d);
        double[][] covRows = new double[d][d];
        for (int i = 0; i < d; i++) System.arraycopy(cov, i * d, covRows[i], 0, d);
        double expected = Math.log(new MultivariateNormalDistribution(null, mu, covRows).density(x));
        assertEquals(expected, Harness.logDensity(BY_COV, Arg.vector(x), Arg.vector(mu), Arg.matrix(d, d, cov)), 1e-10);
        assertEquals(expected, Harness.logDensity(BY_CHOL, Arg.vector(x), Arg.vector(mu),
                Arg.matrix(d, d, choleskyOf(cov, d))), 1e-10);
    }

    @Test
    void rowsWithSharedOrPerRowMeans() {
        Random random = new Random(2);
        int n = 6;
        int d = 3;
        double[] cov = spd(random, d);
        double[] chol = choleskyOf(cov, d);
        double[] x = gaussian(random, n * d);
        double[] mu = gaussian(random, d);
        double[] muRows = new double[n * d];
        for (int i = 0; i < n; i++) System.arraycopy(mu, 0, muRows, i * d, d);
        double expected = direct(x, n, d, muRows, cov);
        Arg value = Arg.matrix(n, d, x);
        assertEquals(expected, Harness.logDensity(BY_COV, value, Arg.vector(mu), Arg.matrix(d, d, cov)), 1e-9);
        assertEquals(expected, Harness.logDensity(BY_CHOL, value, Arg.vector(mu), Arg.matrix(d, d, chol)), 1e-9);
        double[] perRow = gaussian(random, n * d);
        assertEquals(direct(x, n, d, perRow, cov),
                Harness.logDensity(BY_COV, value, Arg.matrix(n, d, perRow), Arg.matrix(d, d, cov)), 1e-9);
        double[] zeros = new double[n * d];
        assertEquals(direct(x, n, d, zeros, cov), Harness.logDensity(BY_COV, value, Arg.scalar(0), Arg.matrix(d, d, cov)), 1e-9);
    }

    @Test
    void onlyTheSymmetricPartOfCovAndTheLowerTriangleOfCholAreRead() {
        Random random = new Random(3);
        int d = 3;
        double[] cov = spd(random, d);
        double[] skewed = cov.clone();
        skewed[1] += 0.3;
        skewed[3] -= 0.3;
        double[] x = gaussian(random, d);
        double[] mu = new double[d];
        assertEquals(Harness.logDensity(BY_COV, Arg.vector(x), Arg.vector(mu), Arg.matrix(d, d, cov)),
                Harness.logDensity(BY_COV, Arg.vector(x), Arg.vector(mu), Arg.matrix(d, d, skewed)), 1e-12);
        double[] chol = choleskyOf(cov, d);
        double[] upper = chol.clone();
        upper[2] = 5;
        assertEquals(Harness.logDensity(BY_CHOL, Arg.vector(x), Arg.vector(mu), Arg.matrix(d, d, chol)),
                Harness.logDensity(BY_CHOL, Arg.vector(x), Arg.vector(mu), Arg.matrix(d, d, upper)), 1e-12);
    }

    @Test
    void gradientsWithRespectToValueMeanAndCovariance() {
        Random random = new Random(4);
        int[][] sizes = {{1, 1}, {1, 3}, {5, 1}, {4, 3}};
        for (int[] nd : sizes) {
            int n = nd[0];
            int d = nd[1];
            double[] cov = spd(random, d);
            Arg[] values = {Arg.vector(gaussian(random, d)), Arg.matrix(n, d, gaussian(random, n * d))};
            for (Arg x : values) {
                Harness.checkGradient(BY_COV, x, Arg.vector(gaussian(random, d)), Arg.matrix(d, d, cov));
                Harness.checkGradient(BY_CHOL, x, Arg.vector(gaussian(random, d)), Arg.matrix(d, d, choleskyOf(cov, d)));
                Harness.checkGradient(BY_COV, x, new Arg(x.shape(), gaussian(random, x.shape().size())),
                        Arg.matrix(d, d, cov));
            }
        }
    }

    @Test
    void aCovarianceThatIsNotPositiveDefiniteIsANumericFailure() {
        Tape tape = new Tape();
        Node x = tape.variable(Shape.vector(2));
        Node cov = tape.variable(Shape.matrix(2, 2));
        System.arraycopy(new double[] {1, 2, 2, 1}, 0, cov.value, 0, 4);
        BY_COV.logDensity(tape, x, tape.constant(Shape.vector(2), 0, 0), cov);
        NumericFailure e = assertThrows(NumericFailure.class, tape::forward);
        assertEquals("MvNormal: cov is not positive definite", e.getMessage());
    }

    @Test
    void aCholeskyFactorWithANonPositiveDiagonalGivesMinusInfinity() {
        assertEquals(Double.NEGATIVE_INFINITY, Harness.logDensity(BY_CHOL, Arg.vector(0, 0), Arg.vector(0, 0),
                Arg.matrix(2, 2, 1, 0, 0.5, -1)));
        assertEquals(Double.NEGATIVE_INFINITY, Harness.logDensity(BY_CHOL, Arg.vector(0, 0), Arg.vector(0, 0),
                Arg.matrix(2, 2, 0, 0, 0.5, 1)));
    }

    @Test
    void aConstantCovarianceIsFactoredOnce() {
        // The same model twice: cov a constant (factored at the first evaluation only) or a variable.
        Random random = new Random(5);
        int d = 3;
        double[] cov = spd(random, d);
        double[] x1 = gaussian(random, d);
        double[] x2 = gaussian(random, d);
        Tape tape = new Tape();
        Node x = tape.variable(Shape.vector(d));
        Node lp = BY_COV.logDensity(tape, x, tape.constant(Shape.vector(d), new double[d]), tape.constant(Shape.matrix(d, d), cov));
        System.arraycopy(x1, 0, x.value, 0, d);
        tape.forward();
        System.arraycopy(x2, 0, x.value, 0, d);
        tape.forward();
        assertEquals(direct(x2, 1, d, new double[d], cov), lp.value[0], 1e-10);
        tape.zeroAdjoints();
        lp.adjoint[0] = 1;
        tape.backward();
        // d/dx = -S^-1 x
        DMatrixRMaj inverse = new DMatrixRMaj(d, d);
        CommonOps_DDRM.invert(DMatrixRMaj.wrap(d, d, cov.clone()), inverse);
        for (int a = 0; a < d; a++) {
            double expected = 0;
            for (int b = 0; b < d; b++) expected -= inverse.get(a, b) * x2[b];
            assertEquals(expected, x.adjoint[a], 1e-10);
        }
    }

    @Test
    void checkerHasPowerOnTheCovarianceAdjoint() {
        // Sanity of the test itself: a covariance read from its upper triangle only would make the
        // symmetric adjoint wrong entry by entry, and the checker sees that.
        Random random = new Random(6);
        int d = 3;
        double[] cov = spd(random, d);
        GradientChecker.Result r = GradientChecker.check((t, in) -> BY_COV.logDensity(t, in[0],
                t.constant(Shape.vector(d), new double[d]), t.push(new LowerOnly(in[1]))),
                new Shape[] {Shape.vector(d), Shape.matrix(d, d)}, new double[][] {gaussian(random, d), cov}, 1);
        assertTrue(r.maxError() > 1e-3, r.toString());
    }

    /** Copies the lower triangle to both halves but (wrongly) passes the adjoint straight through. */
    private static final class LowerOnly extends org.ppl.ad.Op {
        private final Node in;

        LowerOnly(Node in) {
            super(in.shape, in);
            this.in = in;
        }

        @Override
        public void forward() {
            int d = in.shape.dim(0);
            for (int i = 0; i < d; i++) {
                for (int j = 0; j < d; j++) out.value[i * d + j] = in.value[Math.max(i, j) * d + Math.min(i, j)];
            }
        }

        @Override
        public void backward() {
            for (int k = 0; k < in.size(); k++) in.adjoint[k] += out.adjoint[k];
        }
    }
}
