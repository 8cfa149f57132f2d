package org.ppl.gp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.CholeskyDecomposition_F64;
import org.junit.jupiter.api.Test;
import org.ppl.ad.GradientChecker;
import org.ppl.ad.Node;
import org.ppl.ad.NumericFailure;
import org.ppl.ad.Shape;
import org.ppl.ad.Tape;
import org.ppl.gp.cov.ExpQuad;
import org.ppl.gp.cov.Matern52;
import org.ppl.gp.mean.Linear;
import org.ppl.gp.mean.Zero;

class LatentTest {
    private static double[] gaussian(int n, Random r) {
        double[] v = new double[n];
        for (int i = 0; i < n; i++) v[i] = r.nextGaussian();
        return v;
    }

    private static double[] ejmlCholesky(double[] a, int n) {
        CholeskyDecomposition_F64<DMatrixRMaj> chol = DecompositionFactory_DDRM.chol(n, true);
        if (!chol.decompose(new DMatrixRMaj(n, n, true, a))) throw new IllegalStateException("not PD");
        return chol.getT(null).data;
    }

    @Test
    void priorIsMeanPlusCholeskyTimesV() {
        Random r = new Random(1);
        int n = 8, p = 2;
        Tape t = new Tape();
        Node x = t.constant(Shape.matrix(n, 1), gaussian(n, r));
        double[] v = gaussian(n * p, r);
        Node coeffs = t.constant(Shape.vector(1), 0.7), intercept = t.constant(-0.2);
        Latent gp = new Latent(new Linear(coeffs, intercept), new Matern52(1, t.constant(0.8)).scaledBy(t.constant(1.3)));
        double[] f = gp.prior(t, x, t.constant(Shape.matrix(n, p), v)).f().value;
        double[] k = gp.cov().full(t, x).value.clone();
        double jitter = 1e-6 * DenseGaussian.meanDiagonal(k, n);
        for (int i = 0; i < n; i++) k[i * n + i] += jitter;
        double[] lv = DenseGaussian.times(ejmlCholesky(k, n), v, n, n, p);
        double[] m = gp.mean().evaluate(t, x).value;
        for (int i = 0; i < n; i++) {
            for (int c = 0; c < p; c++) assertEquals(m[i] + lv[i * p + c], f[i * p + c], 1e-12);
        }
    }

    @Test
    void gradientsByFiniteDifferences() {
        Random r = new Random(2);
        for (int n : new int[] {1, 2, 7}) {
            for (int q : new int[] {1, 3}) {
                for (int p : new int[] {1, 2}) {
                    Shape vShape = p == 1 ? Shape.vector(n) : Shape.matrix(n, p);
                    double[] ls = new double[q];
                    for (int d = 0; d < q; d++) ls[d] = 0.7 + 0.3 * d;
                    Shape[] shapes = {Shape.matrix(n, q), Shape.vector(q), Shape.SCALAR, vShape, Shape.vector(q), Shape.SCALAR};
                    double[][] values = {gaussian(n * q, r), ls, {1.4}, gaussian(n * p, r), gaussian(q, r), {0.3}};
                    GradientChecker.Function f = (t, in) -> new Latent(new Linear(in[4], in[5]),
                            new ExpQuad(q, in[1]).scaledBy(in[2])).prior(t, in[0], in[3]).f();
                    GradientChecker.Result result = GradientChecker.check(f, shapes, values, 4);
                    assertTrue(result.passes(1e-7), "N=" + n + " Q=" + q + " P=" + p + ": " + result);
                }
            }
        }
    }

    @Test
    void notPositiveDefiniteIsANumericFailure() {
        Tape t = new Tape();
        Node scale = t.variable(Shape.SCALAR);
        Node x = t.constant(Shape.matrix(3, 1), 0, 1, 2);
        new Latent(new ExpQuad(1, t.constant(1.0)).scaledBy(scale)).prior(t, x, t.variable(Shape.vector(3)));
        scale.value[0] = -2.0;
        assertThrows(NumericFailure.class, t::forward);
        scale.value[0] = 2.0;
        t.forward();
    }

    @Test
    void conditionalMatchesTheDenseFormula() {
        Random r = new Random(3);
        int n = 7, s = 4;
        Tape t = new Tape();
        Node x = t.constant(Shape.matrix(n, 1), gaussian(n, r));
        Node xs = t.constant(Shape.matrix(s, 1), gaussian(s, r));
        Latent gp = new Latent(new Zero(), new ExpQuad(1, t.constant(0.9)), Jitter.DEFAULT);
        LatentPrior prior = gp.prior(t, x, t.constant(Shape.vector(n), gaussian(n, r)));
        Prediction full = prior.predict(xs, false);
        Prediction diag = prior.predict(xs, true);
        double[] kxx = gp.cov().full(t, x).value.clone();
        double jitter = 1e-6 * DenseGaussian.meanDiagonal(kxx, n);
        for (int i = 0; i < n; i++) kxx[i * n + i] += jitter;
        double[] inv = DenseGaussian.inverse(kxx, n);
        double[] kxs = gp.cov().full(t, x, xs).value, kss = gp.cov().full(t, xs).value;
        double[] ksx = DenseGaussian.transpose(kxs, n, s);
        double[] mean = DenseGaussian.times(ksx, DenseGaussian.times(inv, prior.f().value, n, n, 1), s, n, 1);
        double[] cov = DenseGaussian.times(ksx, DenseGaussian.times(inv, kxs, n, n, s), s, n, s);
        for (int k = 0; k < s * s; k++) cov[k] = kss[k] - cov[k];
        assertArrayEquals(mean, full.mean(), 1e-9);
        assertArrayEquals(cov, full.covariance(), 1e-9);
        for (int i = 0; i < s; i++) assertEquals(cov[i * s + i], diag.variance()[i], 1e-9);
    }
}
