package org.ppl.compiler.predict;

import java.util.random.RandomGenerator;
import org.ppl.ad.Node;
import org.ppl.ad.NumericFailure;
import org.ppl.ad.Tape;
import org.ppl.gp.Approximation;
import org.ppl.gp.Jitter;
import org.ppl.gp.SparseMarginalLikelihood;
import org.ppl.linalg.CholeskyKernel;
import org.ppl.linalg.TriangularKernels;

/**
 * A sparse GP's term under the prior, in O(N·M²) with no N×N matrix: each column of y_rep drawn
 * from Normal(m(X), Q_ff + Λ), the Gaussian of the approximation's likelihood (Quiñonero-Candela &amp;
 * Rasmussen 2005), with Q_ff = K_fu K_uu⁻¹ K_uf and Λ = σ² I for VFE and DTC, diag(K_ff - Q_ff) + σ² I
 * for FITC. With A = L_uu⁻¹ K_uf, a draw is m + Aᵀ u + Λ^½ e for standard normal u (M) and e (N).
 */
final class SparsePriorReplicate implements Replicate {
    private final Tape program = new Tape();
    private final Node kuu;
    private final Node kuf;
    private final Node kffDiagonal;
    private final Node mean;
    private final Node noise;
    private final Jitter jitter;
    private final int m;
    private final int n;
    private final int columns;

    SparsePriorReplicate(SparseMarginalLikelihood likelihood) {
        var gp = likelihood.gp();
        this.kuu = gp.cov().full(program, likelihood.xu());
        this.kuf = gp.cov().full(program, likelihood.xu(), likelihood.x());
        this.kffDiagonal = gp.approx() == Approximation.FITC ? gp.cov().diag(program, likelihood.x()) : null;
        this.mean = gp.mean().isZero() ? null : gp.mean().evaluate(program, likelihood.x());
        this.noise = likelihood.noise();
        this.jitter = gp.jitter();
        this.m = likelihood.xu().shape.rows();
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
        double[] luu = kuu.value.clone();
        double add = jitter.amount(luu, m);
        for (int i = 0; i < m; i++) luu[i * m + i] += add;
        if (!CholeskyKernel.factor(luu, m)) throw new NumericFailure("the GP's K_uu is not positive definite");
        double[] a = kuf.value.clone();
        TriangularKernels.solveLower(luu, m, a, n);
        double sigma2 = noise.value[0] * noise.value[0];
        double[] sd = new double[n];
        for (int i = 0; i < n; i++) {
            double lambda = sigma2;
            if (kffDiagonal != null) {
                double q = 0;
                for (int k = 0; k < m; k++) q += a[k * n + i] * a[k * n + i];
                lambda += kffDiagonal.value[i] - q;
            }
            sd[i] = Math.sqrt(Math.max(lambda, 0.0));
        }
        double[] u = new double[m];
        for (int c = 0; c < columns; c++) {
            for (int k = 0; k < m; k++) u[k] = rng.nextGaussian();
            for (int i = 0; i < n; i++) {
                double s = mean == null ? 0.0 : mean.value[i];
                for (int k = 0; k < m; k++) s += a[k * n + i] * u[k];
                out[offset + i * columns + c] = s + sd[i] * rng.nextGaussian();
            }
        }
    }
}
