package org.ppl.gp;

import org.ppl.ad.Node;
import org.ppl.ad.NumericFailure;
import org.ppl.ad.Tape;
import org.ppl.linalg.CholeskyKernel;
import org.ppl.linalg.TriangularKernels;

/**
 * f at new inputs given f = m(X) + L v at X (PyMC's Latent.conditional): with A = L⁻¹ K(X, X*),
 * mean = m(X*) + Aᵀ v (as L⁻¹(f - m(X)) = v) and covariance K(X*, X*) - Aᵀ A.
 */
public final class LatentConditional {
    private final Latent gp;
    private final Node v;
    private final boolean diagonal;
    private final int n, s, p;
    private final Tape program = new Tape();
    private final Node kxx, kxs, kss, meanNew;

    LatentConditional(Latent gp, Node x, Node v, Node xnew, boolean diagonal) {
        this.gp = gp;
        this.v = v;
        this.diagonal = diagonal;
        this.n = x.shape.rows();
        this.s = xnew.shape.rows();
        this.p = v.shape.cols();
        this.kxx = gp.cov().full(program, x);
        this.kxs = gp.cov().full(program, x, xnew);
        this.kss = diagonal ? gp.cov().diag(program, xnew) : gp.cov().full(program, xnew);
        this.meanNew = gp.mean().isZero() ? null : gp.mean().evaluate(program, xnew);
    }

    public Prediction predict() {
        program.forward();
        double[] l = kxx.value.clone();
        double add = gp.jitter().amount(l, n);
        for (int i = 0; i < n; i++) l[i * n + i] += add;
        if (!CholeskyKernel.factor(l, n)) throw new NumericFailure("Latent.conditional: K is not positive definite");
        double[] a = kxs.value.clone();
        TriangularKernels.solveLower(l, n, a, s);
        double[] mu = DenseMath.transposeTimes(a, v.value, n, s, p);
        DenseMath.addMean(mu, meanNew == null ? null : meanNew.value, s, p);
        if (diagonal) {
            double[] reduction = DenseMath.columnSquares(a, n, s);
            double[] variance = new double[s];
            for (int i = 0; i < s; i++) variance[i] = kss.value[i] - reduction[i];
            return new Prediction(s, p, mu, variance, null);
        }
        double[] cov = DenseMath.transposeTimes(a, a, n, s, s);
        double[] variance = new double[s];
        for (int i = 0; i < s * s; i++) cov[i] = kss.value[i] - cov[i];
        for (int i = 0; i < s; i++) variance[i] = cov[i * s + i];
        return new Prediction(s, p, mu, variance, cov);
    }
}
