package org.ppl.gp;

import java.util.Objects;
import org.ppl.ad.Node;
import org.ppl.ad.Tape;
import org.ppl.gp.cov.Covariance;
import org.ppl.gp.mean.MeanFunction;
import org.ppl.gp.mean.Zero;

/**
 * A sparse GP with M inducing inputs Xu (PyMC's {@code pm.gp.MarginalApprox}), approximation VFE
 * (the default), FITC or DTC. Its likelihood costs O(N·M²): three kernel operations (K_uu, K_uf and,
 * for VFE and FITC, diag K_ff) and one fused likelihood operation.
 */
public final class MarginalApprox {
    private final MeanFunction mean;
    private final Covariance cov;
    private final Approximation approx;
    private final Jitter jitter;

    public MarginalApprox(Covariance cov, Approximation approx) {
        this(new Zero(), cov, approx, Jitter.DEFAULT);
    }

    public MarginalApprox(MeanFunction mean, Covariance cov, Approximation approx, Jitter jitter) {
        this.mean = Objects.requireNonNull(mean, "mean_func");
        this.cov = Objects.requireNonNull(cov, "cov_func");
        this.approx = Objects.requireNonNull(approx, "approx");
        this.jitter = Objects.requireNonNull(jitter, "jitter");
    }

    public MeanFunction mean() {
        return mean;
    }

    public Covariance cov() {
        return cov;
    }

    public Approximation approx() {
        return approx;
    }

    public Jitter jitter() {
        return jitter;
    }

    /** The approximate log p(y | X, Xu, σ) on the tape; Xu may be data or a parameter. */
    public SparseMarginalLikelihood marginalLikelihood(Tape tape, Node x, Node xu, Node y, Node noise) {
        Node kuu = cov.full(tape, xu);
        Node kuf = cov.full(tape, xu, x);
        Node kffd = approx.needsDiagonal() ? cov.diag(tape, x) : null;
        Node m = mean.isZero() ? null : mean.evaluate(tape, x);
        Node logp = tape.push(new SparseMarginalLikelihoodOp(approx, jitter, kuu, kuf, kffd, y, noise, m));
        return new SparseMarginalLikelihood(this, x, xu, y, noise, logp);
    }
}
