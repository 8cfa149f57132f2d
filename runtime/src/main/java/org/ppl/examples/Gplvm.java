package org.ppl.examples;

import java.util.Set;
import org.ppl.ad.Node;
import org.ppl.ad.Shape;
import org.ppl.ad.Tape;
import org.ppl.dist.Distribution;
import org.ppl.dist.Distributions;
import org.ppl.gp.Marginal;
import org.ppl.gp.cov.ExpQuad;
import org.ppl.ad.ops.Mul;
import org.ppl.model.ModelBuilder;
import org.ppl.model.ModelDefinition;
import org.ppl.transform.LowerBound;

/**
 * The GP-LVM of {@code gplvm.ppl} (Lawrence 2004) written by hand against the runtime: every column
 * of Y (N x P) is an independent GP over one shared latent X (N x Q) with an ARD squared-exponential
 * kernel.
 *
 * <pre>
 * X ~ Normal(0, 1, shape=(N, Q)); ls ~ InverseGamma(5, 5, shape=Q); eta ~ HalfNormal(1); sigma ~ HalfNormal(1)
 * Y ~ gp.Marginal(cov_func=eta**2 * gp.ExpQuad(Q, ls=ls)).marginal_likelihood(X=X, noise=sigma)
 * </pre>
 */
public final class Gplvm implements ModelDefinition {
    private final double[] y;
    private final int n;
    private final int p;
    private final int q;

    /** {@code y} is N x P, row-major. */
    public Gplvm(double[] y, int n, int p, int q) {
        if (y.length != n * p) throw new IllegalArgumentException("Y has " + y.length + " values, not " + n + " x " + p);
        this.y = y.clone();
        this.n = n;
        this.p = p;
        this.q = q;
    }

    @Override
    public void define(ModelBuilder b) {
        Tape t = b.tape();
        Distribution normal = Distributions.lookup("Normal", Set.of());
        Distribution inverseGamma = Distributions.lookup("InverseGamma", Set.of());
        Distribution halfNormal = Distributions.lookup("HalfNormal", Set.of());
        Node zero = t.constant(0);
        Node x = b.parameter("X", Shape.matrix(n, q));
        Node ls = b.parameter("ls", Shape.vector(q), new LowerBound(zero));
        Node eta = b.parameter("eta", Shape.SCALAR, new LowerBound(zero));
        Node sigma = b.parameter("sigma", Shape.SCALAR, new LowerBound(zero));
        b.addTarget(normal.logDensity(t, x, zero, t.constant(1)));
        b.addTarget(inverseGamma.logDensity(t, ls, t.constant(5), t.constant(5)));
        b.addTarget(halfNormal.logDensity(t, eta, t.constant(1)));
        b.addTarget(halfNormal.logDensity(t, sigma, t.constant(1)));
        Node eta2 = t.push(new Mul(eta, eta));
        Marginal gp = new Marginal(new ExpQuad(q, ls).scaledBy(eta2));
        Node yNode = t.constant(Shape.matrix(n, p), y);
        b.addTarget(gp.marginalLikelihood(t, x, yNode, sigma).logLikelihood());
    }
}
