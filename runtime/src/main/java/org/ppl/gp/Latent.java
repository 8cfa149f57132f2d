package org.ppl.gp;

import java.util.Objects;
import org.ppl.ad.Node;
import org.ppl.ad.Tape;
import org.ppl.gp.cov.Covariance;
import org.ppl.gp.mean.MeanFunction;
import org.ppl.gp.mean.Zero;

/**
 * A GP whose values f are kept in the model (PyMC's {@code pm.gp.Latent}), for non-Gaussian
 * likelihoods. The prior is non-centred: the parameter is v ~ N(0, I) (its prior is the caller's
 * term) and f = m(X) + L v, which samples far better than f ~ N(m, K) directly.
 */
public final class Latent {
    private final MeanFunction mean;
    private final Covariance cov;
    private final Jitter jitter;

    public Latent(Covariance cov) {
        this(new Zero(), cov, Jitter.DEFAULT);
    }

    public Latent(MeanFunction mean, Covariance cov) {
        this(mean, cov, Jitter.DEFAULT);
    }

    public Latent(MeanFunction mean, Covariance cov, Jitter jitter) {
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

    /** f = m(X) + chol(K(X, X) + jitter I) v, for v of shape (N,) or (N, P). */
    public LatentPrior prior(Tape tape, Node x, Node v) {
        Node k = cov.full(tape, x);
        Node m = mean.isZero() ? null : mean.evaluate(tape, x);
        Node f = tape.push(new LatentPriorOp(k, v, m, jitter));
        return new LatentPrior(this, x, v, f);
    }
}
