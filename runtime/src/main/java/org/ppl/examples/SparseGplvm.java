package org.ppl.examples;

import java.util.Set;
import org.ppl.ad.Node;
import org.ppl.ad.Shape;
import org.ppl.ad.Tape;
import org.ppl.ad.ops.Mul;
import org.ppl.dist.Distribution;
import org.ppl.dist.Distributions;
import org.ppl.gp.Approximation;
import org.ppl.gp.MarginalApprox;
import org.ppl.gp.cov.ExpQuad;
import org.ppl.model.ModelBuilder;
import org.ppl.model.ModelDefinition;
import org.ppl.transform.LowerBound;

/**
 * The sparse GP-LVM of {@code sparse_gplvm.ppl} written by hand against the runtime: the GP-LVM of
 * {@link Gplvm} with M inducing inputs Xu in the latent space, learnt with X, and Titsias' (2009)
 * variational bound (VFE) in place of the exact marginal likelihood, so a gradient costs O(N·M²)
 * instead of O(N³). With point estimates of X this is the sparse GP-LVM of Lawrence (2007); Titsias
 * and Lawrence (2010) integrate X out as well.
 *
 * <pre>
 * X ~ Normal(0, 1, shape=(N, Q)); Xu ~ Normal(0, 1, shape=(M, Q)); ls ~ InverseGamma(5, 5, shape=Q)
 * eta ~ HalfNormal(1); sigma ~ HalfNormal(1)
 * Y ~ gp.MarginalApprox(cov_func=eta**2 * gp.ExpQuad(Q, ls=ls), approx="VFE").marginal_likelihood(X=X, Xu=Xu, noise=sigma)
 * </pre>
 */
public final class SparseGplvm implements ModelDefinition {
    private final double[] y;
    private final int n;
    private final int p;
    private final int q;
    private final int m;

    /** {@code y} is N x P, row-major; M inducing inputs in Q latent dimensions. */
    public SparseGplvm(double[] y, int n, int p, int q, int m) {
        if (y.length != n * p) throw new IllegalArgumentException("Y has " + y.length + " values, not " + n + " x " + p);
        if (m < 1) throw new IllegalArgumentException("M must be at least 1, not " + m);
        this.y = y.clone();
        this.n = n;
        this.p = p;
        this.q = q;
        this.m = m;
    }

    @Override
    public void define(ModelBuilder b) {
        Tape t = b.tape();
        Distribution normal = Distributions.lookup("Normal", Set.of());
        Distribution inverseGamma = Distributions.lookup("InverseGamma", Set.of());
        Distribution halfNormal = Distributions.lookup("HalfNormal", Set.of());
        Node zero = t.constant(0);
        Node one = t.constant(1);
        Node x = b.parameter("X", Shape.matrix(n, q));
        Node xu = b.parameter("Xu", Shape.matrix(m, q));
        Node ls = b.parameter("ls", Shape.vector(q), new LowerBound(zero));
        Node eta = b.parameter("eta", Shape.SCALAR, new LowerBound(zero));
        Node sigma = b.parameter("sigma", Shape.SCALAR, new LowerBound(zero));
        b.addTarget(normal.logDensity(t, x, zero, one));
        b.addTarget(normal.logDensity(t, xu, zero, one));
        b.addTarget(inverseGamma.logDensity(t, ls, t.constant(5), t.constant(5)));
        b.addTarget(halfNormal.logDensity(t, eta, one));
        b.addTarget(halfNormal.logDensity(t, sigma, one));
        Node eta2 = t.push(new Mul(eta, eta));
        MarginalApprox gp = new MarginalApprox(new ExpQuad(q, ls).scaledBy(eta2), Approximation.VFE);
        Node yNode = t.constant(Shape.matrix(n, p), y);
        b.addTarget(gp.marginalLikelihood(t, x, xu, yNode, sigma).logLikelihood());
    }
}
