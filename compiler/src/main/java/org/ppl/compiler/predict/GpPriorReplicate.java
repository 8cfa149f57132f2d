package org.ppl.compiler.predict;

import java.util.random.RandomGenerator;
import org.ppl.ad.Node;
import org.ppl.ad.NumericFailure;
import org.ppl.ad.Tape;
import org.ppl.gp.Jitter;
import org.ppl.gp.MarginalLikelihood;
import org.ppl.linalg.CholeskyKernel;

/**
 * A GP marginal likelihood's term under the prior: each of the P columns of y_rep drawn from
 * Normal(m(X), K(X, X) + (σ² + jitter) I), the density the term gives y. The kernel matrix is
 * computed by a private program that reads the build's current values, as the GP's conditionals do.
 */
final class GpPriorReplicate implements Replicate {
    private final Tape program = new Tape();
    private final Node kernel;
    private final Node mean;
    private final Node noise;
    private final Jitter jitter;
    private final int n;
    private final int columns;

    GpPriorReplicate(MarginalLikelihood likelihood) {
        this.kernel = likelihood.gp().cov().full(program, likelihood.x());
        this.mean = likelihood.gp().mean().isZero() ? null : likelihood.gp().mean().evaluate(program, likelihood.x());
        this.noise = likelihood.noise();
        this.jitter = likelihood.gp().jitter();
        this.n = likelihood.x().shape.rows();
        this.columns = likelihood.y().shape.rank() < 2 ? 1 : likelihood.y().shape.cols();
    }

    @Override
    public int size() {
        return n * columns;
    }

    @Override
    public boolean discrete() {
        return false;
    }

    @Override
    public void draw(RandomGenerator rng, double[] out, int offset) {
        program.forward();
        double[] l = kernel.value.clone();
        double add = noise.value[0] * noise.value[0] + jitter.amount(l, n);
        for (int i = 0; i < n; i++) l[i * n + i] += add;
        if (!CholeskyKernel.factor(l, n)) throw new NumericFailure("the GP's K + noise is not positive definite");
        double[] z = new double[n];
        for (int c = 0; c < columns; c++) {
            for (int i = 0; i < n; i++) z[i] = rng.nextGaussian();
            for (int i = 0; i < n; i++) {
                double s = mean == null ? 0.0 : mean.value[i];
                for (int j = 0; j <= i; j++) s += l[i * n + j] * z[j];
                out[offset + i * columns + c] = s;
            }
        }
    }
}
