package org.ppl.gp;

import org.ppl.ad.Node;
import org.ppl.ad.Tape;
import org.ppl.linalg.TriangularKernels;

/**
 * The predictive distribution of a {@link MarginalApprox} GP at new inputs, in O(N·M² + S·M²) (as
 * PyMC's MarginalApprox.conditional; Quiñonero-Candela &amp; Rasmussen 2005, for Λ as in the
 * likelihood): with A_s = L_uu⁻¹ K_us and C = L_B⁻¹ A_s, mean = m(X*) + A_sᵀ L_B⁻ᵀ c and covariance
 * K_ss - A_sᵀA_s + CᵀC (+ σ² I with noise). VFE and DTC predict alike.
 */
public final class SparseConditional {
    private final MarginalApprox gp;
    private final Node y, noise;
    private final boolean diagonal, predictNoise;
    private final int m, n, s, p;
    private final Tape program = new Tape();
    private final Node kuu, kuf, kffd, kus, kss, meanX, meanNew;

    SparseConditional(MarginalApprox gp, Node x, Node xu, Node y, Node noise, Node xnew, boolean diagonal,
            boolean predictNoise) {
        this.gp = gp;
        this.y = y;
        this.noise = noise;
        this.diagonal = diagonal;
        this.predictNoise = predictNoise;
        this.m = xu.shape.rows();
        this.n = x.shape.rows();
        this.s = xnew.shape.rows();
        this.p = y.shape.cols();
        this.kuu = gp.cov().full(program, xu);
        this.kuf = gp.cov().full(program, xu, x);
        this.kffd = gp.approx() == Approximation.FITC ? gp.cov().diag(program, x) : null;
        this.kus = gp.cov().full(program, xu, xnew);
        this.kss = diagonal ? gp.cov().diag(program, xnew) : gp.cov().full(program, xnew);
        boolean zero = gp.mean().isZero();
        this.meanX = zero ? null : gp.mean().evaluate(program, x);
        this.meanNew = zero ? null : gp.mean().evaluate(program, xnew);
    }

    public Prediction predict() {
        program.forward();
        double sigma2 = noise.value[0] * noise.value[0];
        // Only FITC's Λ reads diag K_ff; VFE's trace term does not enter the prediction.
        Approximation approx = gp.approx() == Approximation.FITC ? Approximation.FITC : Approximation.DTC;
        SparseFactors f = new SparseFactors(approx, m, n, p);
        double[] res = DenseMath.residual(y.value, meanX == null ? null : meanX.value, n, p);
        f.compute(gp.jitter(), kuu.value, kuf.value, kffd == null ? null : kffd.value, res, sigma2);
        double[] as = kus.value.clone();
        TriangularKernels.solveLower(f.luu, m, as, s);
        double[] w = f.c.clone();
        TriangularKernels.solveLowerTransposed(f.lb, m, w, p);
        double[] mu = DenseMath.transposeTimes(as, w, m, s, p);
        DenseMath.addMean(mu, meanNew == null ? null : meanNew.value, s, p);
        double[] c = as.clone();
        TriangularKernels.solveLower(f.lb, m, c, s);
        double extra = predictNoise ? sigma2 : 0.0;
        if (diagonal) {
            double[] down = DenseMath.columnSquares(as, m, s), up = DenseMath.columnSquares(c, m, s);
            double[] variance = new double[s];
            for (int i = 0; i < s; i++) variance[i] = kss.value[i] - down[i] + up[i] + extra;
            return new Prediction(s, p, mu, variance, null);
        }
        double[] down = DenseMath.transposeTimes(as, as, m, s, s), up = DenseMath.transposeTimes(c, c, m, s, s);
        double[] cov = new double[s * s];
        double[] variance = new double[s];
        for (int i = 0; i < s * s; i++) cov[i] = kss.value[i] - down[i] + up[i];
        for (int i = 0; i < s; i++) {
            cov[i * s + i] += extra;
            variance[i] = cov[i * s + i];
        }
        return new Prediction(s, p, mu, variance, cov);
    }
}
