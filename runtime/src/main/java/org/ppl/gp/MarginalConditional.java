package org.ppl.gp;

import org.ppl.ad.Node;
import org.ppl.ad.NumericFailure;
import org.ppl.ad.Tape;
import org.ppl.linalg.CholeskyKernel;
import org.ppl.linalg.TriangularKernels;

/**
 * The predictive distribution of a {@link Marginal} GP at new inputs (Rasmussen &amp; Williams 2006,
 * eqs. 2.23-2.24): with L the Cholesky factor of K(X, X) + (σ² + jitter) I, A = L⁻¹ K(X, X*) and
 * v = L⁻¹ (y - m(X)), mean = m(X*) + Aᵀ v and covariance K(X*, X*) - Aᵀ A (+ σ² I with noise).
 * Kernel matrices are computed by a private program that reads the model's current values, so one
 * object serves every draw.
 */
public final class MarginalConditional {
    private final Marginal gp;
    private final Node y, noise;
    private final boolean diagonal, predictNoise;
    private final int n, s, p;
    private final Tape program = new Tape();
    private final Node kxx, kxs, kss, meanX, meanNew;

    MarginalConditional(Marginal gp, Node x, Node y, Node noise, Node xnew, boolean diagonal, boolean predictNoise) {
        this.gp = gp;
        this.y = y;
        this.noise = noise;
        this.diagonal = diagonal;
        this.predictNoise = predictNoise;
        this.n = x.shape.rows();
        this.s = xnew.shape.rows();
        this.p = y.shape.cols();
        this.kxx = gp.cov().full(program, x);
        this.kxs = gp.cov().full(program, x, xnew);
        this.kss = diagonal ? gp.cov().diag(program, xnew) : gp.cov().full(program, xnew);
        boolean zero = gp.mean().isZero();
        this.meanX = zero ? null : gp.mean().evaluate(program, x);
        this.meanNew = zero ? null : gp.mean().evaluate(program, xnew);
    }

    /** The prediction at the current values of the model's nodes. */
    public Prediction predict() {
        program.forward();
        double sigma2 = noise.value[0] * noise.value[0];
        double[] l = kxx.value.clone();
        double add = sigma2 + gp.jitter().amount(l, n);
        for (int i = 0; i < n; i++) l[i * n + i] += add;
        if (!CholeskyKernel.factor(l, n)) throw new NumericFailure("conditional: K + noise is not positive definite");
        double[] a = kxs.value.clone();
        TriangularKernels.solveLower(l, n, a, s);
        double[] v = DenseMath.residual(y.value, meanX == null ? null : meanX.value, n, p);
        TriangularKernels.solveLower(l, n, v, p);
        double[] mu = DenseMath.transposeTimes(a, v, n, s, p);
        DenseMath.addMean(mu, meanNew == null ? null : meanNew.value, s, p);
        double extra = predictNoise ? sigma2 : 0.0;
        if (diagonal) {
            double[] reduction = DenseMath.columnSquares(a, n, s);
            double[] variance = new double[s];
            for (int i = 0; i < s; i++) variance[i] = kss.value[i] - reduction[i] + extra;
            return new Prediction(s, p, mu, variance, null);
        }
        double[] cov = DenseMath.transposeTimes(a, a, n, s, s);
        double[] variance = new double[s];
        for (int i = 0; i < s; i++) {
            for (int j = 0; j < s; j++) cov[i * s + j] = kss.value[i * s + j] - cov[i * s + j];
            cov[i * s + i] += extra;
            variance[i] = cov[i * s + i];
        }
        return new Prediction(s, p, mu, variance, cov);
    }
}
