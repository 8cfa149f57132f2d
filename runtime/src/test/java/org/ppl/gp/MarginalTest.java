package org.ppl.gp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.ppl.ad.GradientChecker;
import org.ppl.ad.Node;
import org.ppl.ad.NumericFailure;
import org.ppl.ad.Shape;
import org.ppl.ad.ShapeException;
import org.ppl.ad.Tape;
import org.ppl.gp.cov.Constant;
import org.ppl.gp.cov.Covariance;
import org.ppl.gp.cov.ExpQuad;
import org.ppl.gp.cov.Matern32;
import org.ppl.gp.mean.Linear;
import org.ppl.gp.mean.Zero;

class MarginalTest {
    private static double[] gaussian(int n, Random r) {
        double[] v = new double[n];
        for (int i = 0; i < n; i++) v[i] = r.nextGaussian();
        return v;
    }

    /** eta² ExpQuad(ls) + Matern32(ls2): in = {X, ls, eta2, ls2, ...}. */
    private static Covariance kernel(Node ls, Node eta2, Node ls2, int q) {
        return new ExpQuad(q, ls).scaledBy(eta2).plus(new Matern32(q, ls2));
    }

    @Test
    void matrixYEqualsAPerColumnLoopAndADenseComputation() {
        Random r = new Random(1);
        int n = 9, q = 2, p = 4;
        double[] x = gaussian(n * q, r), y = gaussian(n * p, r);
        Tape t = new Tape();
        Node xn = t.constant(Shape.matrix(n, q), x);
        Node ls = t.constant(Shape.vector(q), 0.8, 1.3);
        Node eta2 = t.constant(1.7), ls2 = t.constant(0.6), sigma = t.constant(0.3);
        Node coeffs = t.constant(Shape.vector(q), 0.4, -0.2), intercept = t.constant(0.1);
        Marginal gp = new Marginal(new Linear(coeffs, intercept), kernel(ls, eta2, ls2, q));
        double joint = gp.marginalLikelihood(t, xn, t.constant(Shape.matrix(n, p), y), sigma).logLikelihood().scalar();

        double loop = 0;
        for (int c = 0; c < p; c++) {
            double[] column = new double[n];
            for (int i = 0; i < n; i++) column[i] = y[i * p + c];
            loop += gp.marginalLikelihood(t, xn, t.constant(Shape.vector(n), column), sigma).logLikelihood().scalar();
        }
        assertEquals(loop, joint, 1e-10 * Math.abs(joint));

        double[] k = gp.cov().full(t, xn).value.clone();
        double add = 0.09 + 1e-6 * DenseGaussian.meanDiagonal(k, n);
        for (int i = 0; i < n; i++) k[i * n + i] += add;
        double[] m = gp.mean().evaluate(t, xn).value;
        double[] res = y.clone();
        for (int i = 0; i < n; i++) {
            for (int c = 0; c < p; c++) res[i * p + c] -= m[i];
        }
        assertEquals(DenseGaussian.logDensity(k, res, n, p), joint, 1e-10 * Math.abs(joint));
    }

    @Test
    void gradientOfTheMatrixFormEqualsThePerColumnSum() {
        Random r = new Random(2);
        int n = 6, q = 2, p = 3;
        double[] x = gaussian(n * q, r), y = gaussian(n * p, r);
        double[] gradJoint = gradientWrtX(x, n, q, p, y, true);
        double[] gradLoop = gradientWrtX(x, n, q, p, y, false);
        assertArrayEquals(gradLoop, gradJoint, 1e-10);
    }

    private static double[] gradientWrtX(double[] x, int n, int q, int p, double[] y, boolean joint) {
        Tape t = new Tape();
        Node xn = t.variable(Shape.matrix(n, q));
        System.arraycopy(x, 0, xn.value, 0, x.length);
        Marginal gp = new Marginal(kernel(t.constant(Shape.vector(q), 0.9, 1.1), t.constant(1.5), t.constant(0.7), q));
        Node sigma = t.constant(0.4);
        Node[] terms;
        if (joint) {
            terms = new Node[] {gp.marginalLikelihood(t, xn, t.constant(Shape.matrix(n, p), y), sigma).logLikelihood()};
        } else {
            terms = new Node[p];
            for (int c = 0; c < p; c++) {
                double[] col = new double[n];
                for (int i = 0; i < n; i++) col[i] = y[i * p + c];
                terms[c] = gp.marginalLikelihood(t, xn, t.constant(Shape.vector(n), col), sigma).logLikelihood();
            }
        }
        Node total = t.push(new org.ppl.ad.ops.Sum(terms));
        t.forward();
        t.zeroAdjoints();
        total.adjoint[0] = 1;
        t.backward();
        return xn.adjoint.clone();
    }

    @Test
    void gradientsByFiniteDifferences() {
        Random r = new Random(3);
        // 60 is above the Cholesky factor's block of 48 rows.
        for (int n : new int[] {1, 2, 7, 60}) {
            for (int p : new int[] {1, 3}) {
                int q = 2;
                Shape yShape = p == 1 ? Shape.vector(n) : Shape.matrix(n, p);
                Shape[] shapes = {Shape.matrix(n, q), Shape.vector(q), Shape.SCALAR, Shape.SCALAR, Shape.SCALAR, yShape,
                    Shape.vector(q), Shape.SCALAR};
                double[][] values = {gaussian(n * q, r), {0.8, 1.2}, {1.4}, {0.7}, {0.5}, gaussian(n * p, r), {0.3, -0.1}, {0.2}};
                GradientChecker.Function f = (t, in) -> new Marginal(new Linear(in[6], in[7]), kernel(in[1], in[2], in[3], q))
                        .marginalLikelihood(t, in[0], in[5], in[4]).logLikelihood();
                GradientChecker.Result result = GradientChecker.check(f, shapes, values, 9);
                assertTrue(result.passes(1e-7), "N=" + n + " P=" + p + ": " + result);
            }
        }
    }

    @Test
    void gradientWithRespectToTheDataAloneByFiniteDifferences() {
        // With K and the noise constant no inverse is formed: α comes from a back substitution.
        Random r = new Random(4);
        for (int n : new int[] {1, 5, 60}) {
            int q = 2, p = 3;
            double[] x = gaussian(n * q, r);
            Shape[] shapes = {Shape.matrix(n, p), Shape.vector(n)};
            double[][] values = {gaussian(n * p, r), gaussian(n, r)};
            GradientChecker.Function f = (t, in) -> {
                Node xn = t.constant(Shape.matrix(n, q), x);
                Node ls = t.constant(Shape.vector(q), 0.8, 1.2);
                return t.push(new MarginalLikelihoodOp(new ExpQuad(q, ls).full(t, xn), in[0], t.constant(0.5), in[1],
                        Jitter.DEFAULT));
            };
            GradientChecker.Result result = GradientChecker.check(f, shapes, values, 10);
            assertTrue(result.passes(1e-7), "N=" + n + ": " + result);
        }
    }

    @Test
    void notPositiveDefiniteIsANumericFailure() {
        Tape t = new Tape();
        Node c = t.variable(Shape.SCALAR);
        Node x = t.constant(Shape.matrix(3, 1), 0, 1, 2);
        Marginal gp = new Marginal(new Zero(), new Constant(c), Jitter.NONE);
        gp.marginalLikelihood(t, x, t.constant(Shape.vector(3), 1, 2, 3), t.constant(0.1));
        c.value[0] = -1.0;
        assertThrows(NumericFailure.class, t::forward);
        c.value[0] = Double.NaN;
        assertThrows(NumericFailure.class, t::forward);
        c.value[0] = 1.0;
        t.forward();
    }

    @Test
    void shapeErrors() {
        Tape t = new Tape();
        Node x = t.constant(Shape.matrix(3, 1), 0, 1, 2);
        Marginal gp = new Marginal(new ExpQuad(1, t.constant(1.0)));
        ShapeException e = assertThrows(ShapeException.class,
                () -> gp.marginalLikelihood(t, x, t.constant(Shape.vector(4), 1, 2, 3, 4), t.constant(0.1)));
        assertEquals("marginal_likelihood: y has shape (4,); expected (3,) or (3, P) to match K (3, 3)", e.getMessage());
    }

    @Test
    void predictionsMatchTheTextbookFormulas() {
        Random r = new Random(4);
        int n = 8, s = 5, q = 1, p = 2;
        double[] x = gaussian(n, r), xs = gaussian(s, r), y = gaussian(n * p, r);
        Tape t = new Tape();
        Node xn = t.constant(Shape.matrix(n, q), x), xsn = t.constant(Shape.matrix(s, q), xs);
        Node sigma = t.constant(0.25);
        Node coeffs = t.constant(Shape.vector(1), 0.5), intercept = t.constant(-0.3);
        Marginal gp = new Marginal(new Linear(coeffs, intercept), new ExpQuad(q, t.constant(0.7)).scaledBy(t.constant(2.0)));
        MarginalLikelihood ml = gp.marginalLikelihood(t, xn, t.constant(Shape.matrix(n, p), y), sigma);
        Prediction full = ml.predict(xsn, false, true);
        Prediction diag = ml.predict(xsn, true, false);

        double[] kxx = gp.cov().full(t, xn).value.clone();
        double add = 0.0625 + 1e-6 * DenseGaussian.meanDiagonal(kxx, n);
        for (int i = 0; i < n; i++) kxx[i * n + i] += add;
        double[] inv = DenseGaussian.inverse(kxx, n);
        double[] kxs = gp.cov().full(t, xn, xsn).value;
        double[] kss = gp.cov().full(t, xsn).value;
        double[] ksx = DenseGaussian.transpose(kxs, n, s);
        double[] mx = gp.mean().evaluate(t, xn).value, ms = gp.mean().evaluate(t, xsn).value;
        double[] res = DenseMath.residual(y, mx, n, p);
        double[] mu = DenseGaussian.times(ksx, DenseGaussian.times(inv, res, n, n, p), s, n, p);
        DenseMath.addMean(mu, ms, s, p);
        double[] cov = DenseGaussian.times(ksx, DenseGaussian.times(inv, kxs, n, n, s), s, n, s);
        for (int i = 0; i < s * s; i++) cov[i] = kss[i] - cov[i];
        assertArrayEquals(mu, full.mean(), 1e-10);
        assertArrayEquals(mu, diag.mean(), 1e-10);
        for (int i = 0; i < s; i++) {
            assertEquals(cov[i * s + i], diag.variance()[i], 1e-10);
            assertEquals(cov[i * s + i] + 0.0625, full.variance()[i], 1e-10);
            for (int j = 0; j < s; j++) {
                assertEquals(cov[i * s + j] + (i == j ? 0.0625 : 0), full.covariance()[i * s + j], 1e-10);
            }
        }
    }

    @Test
    void conditionalFollowsTheModelsCurrentValues() {
        Tape t = new Tape();
        Node ls = t.variable(Shape.SCALAR);
        Node x = t.constant(Shape.matrix(4, 1), 0, 1, 2, 3);
        Node y = t.constant(Shape.vector(4), 0.5, -0.2, 0.3, 1.0);
        MarginalLikelihood ml = new Marginal(new ExpQuad(1, ls)).marginalLikelihood(t, x, y, t.constant(1e-3));
        MarginalConditional cond = ml.conditional(x, true, false);
        ls.value[0] = 1.0;
        double[] at1 = cond.predict().mean();
        ls.value[0] = 0.3;
        double[] at03 = cond.predict().mean();
        assertArrayEquals(new double[] {0.5, -0.2, 0.3, 1.0}, at03, 1e-3, "interpolates with tiny noise");
        assertTrue(Math.abs(at1[0] - at03[0]) > 1e-6, "depends on the lengthscale");
        double[] draw = ml.predict(x, false, false).draw(new Random(1));
        assertEquals(4, draw.length);
    }
}
