package org.ppl.gp;

import java.util.Objects;
import org.ppl.ad.Node;
import org.ppl.ad.Tape;
import org.ppl.gp.cov.Covariance;
import org.ppl.gp.mean.MeanFunction;
import org.ppl.gp.mean.Zero;

/**
 * A GP with Gaussian noise integrated out (PyMC's {@code pm.gp.Marginal}): y ~ N(m(X), K(X, X) + σ² I).
 * A matrix Y holds P independent columns sharing the covariance.
 */
public final class Marginal {
    private final MeanFunction mean;
    private final Covariance cov;
    private final Jitter jitter;

    public Marginal(Covariance cov) {
        this(new Zero(), cov, Jitter.DEFAULT);
    }

    public Marginal(MeanFunction mean, Covariance cov) {
        this(mean, cov, Jitter.DEFAULT);
    }

    public Marginal(MeanFunction mean, Covariance cov, Jitter jitter) {
        this.mean = Objects.requireNonNull(mean, "mean_func");
        this.cov = Objects.requireNonNull(cov, "cov_func");
        this.jitter = Objects.requireNonNull(jitter, "jitter");
    }

    public MeanFunction mean() {
        return mean;
    }

    public Covariance cov() {
        return cov;
    }

    public Jitter jitter() {
        return jitter;
    }

    /** log p(y | X, σ) on the tape: a kernel operation, the mean, and one fused likelihood operation. */
    public MarginalLikelihood marginalLikelihood(Tape tape, Node x, Node y, Node noise) {
        Node k = cov.full(tape, x);
        Node m = mean.isZero() ? null : mean.evaluate(tape, x);
        Node logp = tape.push(new MarginalLikelihoodOp(k, y, noise, m, jitter));
        return new MarginalLikelihood(this, x, y, noise, logp);
    }
}
