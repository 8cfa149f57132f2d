package org.ppl.gp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.ppl.ad.GradientChecker;
import org.ppl.ad.Node;
import org.ppl.ad.NumericFailure;
import org.ppl.ad.Shape;
import org.ppl.ad.Tape;
import org.ppl.gp.cov.Covariance;
import org.ppl.gp.cov.ExpQuad;
import org.ppl.gp.mean.Linear;
import org.ppl.gp.mean.Zero;

class MarginalApproxTest {
    private static double[] gaussian(int n, Random r) {
        double[] v = new double[n];
        for (int i = 0; i < n; i++) v[i] = r.nextGaussian();
        return v;
    }

    private static Covariance kernel(Tape t) {
        return new ExpQuad(2, t.constant(Shape.vector(2), 0.9, 1.4)).scaledBy(t.constant(1.6));
    }

    /** The same formula on dense N×N matrices: log N(R | 0, Q_ff + Λ) - VFE's trace term. */
    private static double dense(Approximation approx, double[] kuu, double[] kuf, double[] kffd, double[] res, double sigma2,
            double jitter, int m, int n, int p) {
        double[] kuuJ = kuu.clone();
        for (int k = 0; k < m; k++) kuuJ[k * m + k] += jitter;
        double[] qff = DenseGaussian.times(DenseGaussian.transpose(kuf, m, n),
                DenseGaussian.times(DenseGaussian.inverse(kuuJ, m), kuf, m, m, n), n, m, n);
        double[] sigma = qff.clone();
        double traceGap = 0;
        for (int i = 0; i < n; i++) {
            double gap = kffd == null ? 0 : kffd[i] - qff[i * n + i];
            traceGap += gap;
            sigma[i * n + i] += sigma2 + (approx == Approximation.FITC ? Math.max(gap, 0) : 0);
        }
        double logp = DenseGaussian.logDensity(sigma, res, n, p);
        return approx == Approximation.VFE ? logp - p * traceGap / (2 * sigma2) : logp;
    }

    @ParameterizedTest
    @EnumSource(Approximation.class)
    void equalsADenseComputationOfTheSameFormula(Approximation approx) {
        Random r = new Random(approx.ordinal() + 1);
        int n = 12, m = 4;
        for (int p : new int[] {1, 3}) {
            Tape t = new Tape();
            double[] y = gaussian(n * p, r);
            Node x = t.constant(Shape.matrix(n, 2), gaussian(n * 2, r));
            Node xu = t.constant(Shape.matrix(m, 2), gaussian(m * 2, r));
            Node yn = t.constant(p == 1 ? Shape.vector(n) : Shape.matrix(n, p), y);
            Node coeffs = t.constant(Shape.vector(2), 0.3, -0.5);
            MarginalApprox gp = new MarginalApprox(new Linear(coeffs, t.constant(0.2)), kernel(t), approx, Jitter.DEFAULT);
            double logp = gp.marginalLikelihood(t, x, xu, yn, t.constant(0.45)).logLikelihood().scalar();
            double[] kuu = gp.cov().full(t, xu).value, kuf = gp.cov().full(t, xu, x).value;
            double[] kffd = approx.needsDiagonal() ? gp.cov().diag(t, x).value : null;
            double[] res = DenseMath.residual(y, gp.mean().evaluate(t, x).value, n, p);
            double expected = dense(approx, kuu, kuf, kffd, res, 0.45 * 0.45, 1e-6 * DenseGaussian.meanDiagonal(kuu, m), m, n, p);
            assertEquals(expected, logp, 1e-8 * Math.abs(expected), approx + " P=" + p);
        }
    }

    @Test
    void vfeIsALowerBoundThatIsReachedWhenXuIsX() {
        Random r = new Random(5);
        int n = 10;
        Tape t = new Tape();
        double[] xv = gaussian(n * 2, r);
        Node x = t.constant(Shape.matrix(n, 2), xv);
        Node y = t.constant(Shape.matrix(n, 2), gaussian(n * 2, r));
        Node sigma = t.constant(0.3);
        Covariance cov = kernel(t);
        double exact = new Marginal(new Zero(), cov, Jitter.NONE).marginalLikelihood(t, x, y, sigma).logLikelihood().scalar();
        for (int m : new int[] {1, 3, 6}) {
            Node xu = t.constant(Shape.matrix(m, 2), gaussian(m * 2, r));
            double bound = new MarginalApprox(new Zero(), cov, Approximation.VFE, Jitter.NONE)
                    .marginalLikelihood(t, x, xu, y, sigma).logLikelihood().scalar();
            assertTrue(bound < exact, "M=" + m + ": bound " + bound + " vs exact " + exact);
        }
        for (Approximation approx : Approximation.values()) {
            double atX = new MarginalApprox(new Zero(), cov, approx, Jitter.NONE)
                    .marginalLikelihood(t, x, t.constant(Shape.matrix(n, 2), xv), y, sigma).logLikelihood().scalar();
            assertEquals(exact, atX, 1e-7 * Math.abs(exact), approx + " with Xu = X");
        }
    }

    @ParameterizedTest
    @EnumSource(Approximation.class)
    void gradientsByFiniteDifferences(Approximation approx) {
        Random r = new Random(10 + approx.ordinal());
        for (int n : new int[] {1, 2, 7}) {
            for (int m : new int[] {1, 3}) {
                for (int p : new int[] {1, 3}) {
                    Shape yShape = p == 1 ? Shape.vector(n) : Shape.matrix(n, p);
                    Shape[] shapes = {Shape.matrix(n, 2), Shape.matrix(m, 2), Shape.vector(2), Shape.SCALAR, Shape.SCALAR,
                        yShape, Shape.vector(2), Shape.SCALAR};
                    double[][] values = {gaussian(n * 2, r), gaussian(m * 2, r), {0.9, 1.3}, {1.5}, {0.6},
                        gaussian(n * p, r), {0.2, -0.3}, {0.1}};
                    GradientChecker.Function f = (t, in) -> new MarginalApprox(new Linear(in[6], in[7]),
                            new ExpQuad(2, in[2]).scaledBy(in[3]), approx, Jitter.DEFAULT)
                            .marginalLikelihood(t, in[0], in[1], in[5], in[4]).logLikelihood();
                    GradientChecker.Result result = GradientChecker.check(f, shapes, values, 21);
                    assertTrue(result.passes(1e-7), approx + " N=" + n + " M=" + m + " P=" + p + ": " + result);
                }
            }
        }
    }

    @Test
    void inducingCovarianceNotPositiveDefiniteIsANumericFailure() {
        Tape t = new Tape();
        Node scale = t.variable(Shape.SCALAR);
        Node x = t.constant(Shape.matrix(4, 1), 0, 1, 2, 3);
        Node xu = t.constant(Shape.matrix(2, 1), 0.5, 2.5);
        MarginalApprox gp = new MarginalApprox(new ExpQuad(1, t.constant(1.0)).scaledBy(scale), Approximation.FITC);
        gp.marginalLikelihood(t, x, xu, t.constant(Shape.vector(4), 1, 2, 3, 4), t.constant(0.1));
        scale.value[0] = -1.0;
        assertThrows(NumericFailure.class, t::forward);
        scale.value[0] = 1.0;
        t.forward();
    }

    @ParameterizedTest
    @EnumSource(Approximation.class)
    void predictionsMatchTheDenseProjectedProcessFormulas(Approximation approx) {
        Random r = new Random(20 + approx.ordinal());
        int n = 9, m = 4, s = 5, p = 2;
        Tape t = new Tape();
        double[] y = gaussian(n * p, r);
        Node x = t.constant(Shape.matrix(n, 2), gaussian(n * 2, r));
        Node xu = t.constant(Shape.matrix(m, 2), gaussian(m * 2, r));
        Node xs = t.constant(Shape.matrix(s, 2), gaussian(s * 2, r));
        double sigma2 = 0.16;
        MarginalApprox gp = new MarginalApprox(new Zero(), kernel(t), approx, Jitter.DEFAULT);
        SparseMarginalLikelihood ml = gp.marginalLikelihood(t, x, xu, t.constant(Shape.matrix(n, p), y), t.constant(0.4));
        Prediction full = ml.predict(xs, false, true);
        Prediction diag = ml.predict(xs, true, false);

        double[] kuu = gp.cov().full(t, xu).value.clone();
        double jitter = 1e-6 * DenseGaussian.meanDiagonal(kuu, m);
        for (int k = 0; k < m; k++) kuu[k * m + k] += jitter;
        double[] kuf = gp.cov().full(t, xu, x).value, kus = gp.cov().full(t, xu, xs).value;
        double[] kss = gp.cov().full(t, xs).value, kffd = gp.cov().diag(t, x).value;
        double[] kuuInv = DenseGaussian.inverse(kuu, m);
        double[] qffd = new double[n];
        double[] kfu = DenseGaussian.transpose(kuf, m, n);
        double[] qff = DenseGaussian.times(kfu, DenseGaussian.times(kuuInv, kuf, m, m, n), n, m, n);
        double[] lambdaInvKfu = kfu.clone();
        for (int i = 0; i < n; i++) {
            qffd[i] = qff[i * n + i];
            double lambda = sigma2 + (approx == Approximation.FITC ? Math.max(kffd[i] - qffd[i], 0) : 0);
            for (int k = 0; k < m; k++) lambdaInvKfu[i * m + k] /= lambda;
        }
        double[] inner = DenseGaussian.times(kuf, lambdaInvKfu, m, n, m);
        for (int k = 0; k < m * m; k++) inner[k] += kuu[k];
        double[] sigmaU = DenseGaussian.inverse(inner, m);
        double[] ksu = DenseGaussian.transpose(kus, m, s);
        double[] mean = DenseGaussian.times(ksu, DenseGaussian.times(sigmaU,
                DenseGaussian.times(DenseGaussian.transpose(lambdaInvKfu, n, m), y, m, n, p), m, m, p), s, m, p);
        double[] down = DenseGaussian.times(ksu, DenseGaussian.times(kuuInv, kus, m, m, s), s, m, s);
        double[] up = DenseGaussian.times(ksu, DenseGaussian.times(sigmaU, kus, m, m, s), s, m, s);
        assertArrayEquals(mean, full.mean(), 1e-9);
        assertArrayEquals(mean, diag.mean(), 1e-9);
        for (int i = 0; i < s; i++) {
            for (int j = 0; j < s; j++) {
                int k = i * s + j;
                assertEquals(kss[k] - down[k] + up[k] + (i == j ? sigma2 : 0), full.covariance()[k], 1e-9);
            }
            assertEquals(kss[i * s + i] - down[i * s + i] + up[i * s + i], diag.variance()[i], 1e-9);
        }
    }

    @Test
    void approximationNames() {
        assertEquals(Approximation.FITC, Approximation.named("fitc"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Approximation.named("SoR"));
        assertEquals("unknown approximation \"SoR\"; expected \"VFE\", \"FITC\" or \"DTC\"", e.getMessage());
    }
}
