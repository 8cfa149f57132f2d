package org.ppl.gp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.ppl.ad.GradientChecker;
import org.ppl.ad.Node;
import org.ppl.ad.Shape;
import org.ppl.ad.Tape;
import org.ppl.gp.cov.ExpQuad;
import org.ppl.gp.mean.Zero;

/**
 * The sparse likelihood at sizes where its blocked products run over several column panels with
 * ragged edges (N = 300 over panels of {@link WideProducts#PANEL}, M = 9 not a multiple of the
 * 4×8 register blocks): value against the dense N×N formula, gradient against finite differences.
 */
class SparseLikelihoodPanelsTest {
    private static final int N = 300, M = 9;

    private static double[] uniform(int n, double scale, Random r) {
        double[] v = new double[n];
        for (int i = 0; i < n; i++) v[i] = scale * (r.nextDouble() - 0.5);
        return v;
    }

    @ParameterizedTest
    @EnumSource(Approximation.class)
    void valueEqualsTheDenseFormulaAcrossPanels(Approximation approx) {
        Random r = new Random(40 + approx.ordinal());
        for (int p : new int[] {1, 3}) {
            Tape t = new Tape();
            Node x = t.constant(Shape.matrix(N, 1), uniform(N, 8, r));
            Node xu = t.constant(Shape.matrix(M, 1), uniform(M, 8, r));
            double[] y = uniform(N * p, 2, r);
            Node yn = t.constant(p == 1 ? Shape.vector(N) : Shape.matrix(N, p), y);
            MarginalApprox gp = new MarginalApprox(new ExpQuad(1, t.constant(0.9)).scaledBy(t.constant(1.3)), approx);
            double logp = gp.marginalLikelihood(t, x, xu, yn, t.constant(0.5)).logLikelihood().scalar();
            double[] kuu = gp.cov().full(t, xu).value, kuf = gp.cov().full(t, xu, x).value;
            double[] kffd = gp.cov().diag(t, x).value;
            double expected = dense(approx, kuu, kuf, kffd, y, 0.25, 1e-6 * DenseGaussian.meanDiagonal(kuu, M), p);
            assertEquals(expected, logp, 1e-9 * Math.abs(expected), approx + " P=" + p);
        }
    }

    /** log N(y | 0, Q_ff + Λ) - VFE's trace term, with N×N matrices. */
    private static double dense(Approximation approx, double[] kuu, double[] kuf, double[] kffd, double[] y, double sigma2,
            double jitter, int p) {
        double[] kuuJ = kuu.clone();
        for (int k = 0; k < M; k++) kuuJ[k * M + k] += jitter;
        double[] qff = DenseGaussian.times(DenseGaussian.transpose(kuf, M, N),
                DenseGaussian.times(DenseGaussian.inverse(kuuJ, M), kuf, M, M, N), N, M, N);
        double gapSum = 0;
        for (int i = 0; i < N; i++) {
            double gap = kffd[i] - qff[i * N + i];
            gapSum += gap;
            qff[i * N + i] += sigma2 + (approx == Approximation.FITC ? Math.max(gap, 0) : 0);
        }
        double logp = DenseGaussian.logDensity(qff, y, N, p);
        return approx == Approximation.VFE ? logp - p * gapSum / (2 * sigma2) : logp;
    }

    @ParameterizedTest
    @EnumSource(Approximation.class)
    void gradientAcrossPanels(Approximation approx) {
        Random r = new Random(50 + approx.ordinal());
        int p = 2;
        Shape[] shapes = {Shape.matrix(N, 1), Shape.matrix(M, 1), Shape.SCALAR, Shape.SCALAR, Shape.SCALAR, Shape.matrix(N, p)};
        double[][] values = {uniform(N, 8, r), new double[] {-4, -3, -2, -1, 0, 1, 2, 3, 4}, {1.1}, {1.4}, {0.4}, uniform(N * p, 2, r)};
        GradientChecker.Function f = (t, in) -> new MarginalApprox(new Zero(), new ExpQuad(1, in[2]).scaledBy(in[3]), approx,
                Jitter.DEFAULT).marginalLikelihood(t, in[0], in[1], in[5], in[4]).logLikelihood();
        GradientChecker.Result result = GradientChecker.check(f, shapes, values, 7);
        assertTrue(result.passes(1e-7), approx + ": " + result);
    }
}
