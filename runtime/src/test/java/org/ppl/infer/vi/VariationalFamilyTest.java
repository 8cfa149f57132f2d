package org.ppl.infer.vi;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;
import org.apache.commons.math3.distribution.MultivariateNormalDistribution;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class VariationalFamilyTest {
    private static final double[] MU = {0.5, -1.0, 2.0};
    private static final CorrelatedGaussianModel TARGET = new CorrelatedGaussianModel(MU, new double[] {1, 2, 0.5}, 0.6);

    private static VariationalFamily family(String name) {
        VariationalFamily q = name.equals("fullrank") ? new FullRankGaussian(3) : new MeanFieldGaussian(3);
        SplittableRandom rng = new SplittableRandom(17);
        double[] p = q.parameters();
        for (int i = 0; i < p.length; i++) p[i] = 0.6 * rng.nextGaussian();
        if (q instanceof FullRankGaussian) {
            // keep the diagonal of L away from zero
            p[3] = 1.1;
            p[5] = -0.8;
            p[8] = 0.7;
        }
        return q;
    }

    /**
     * With the standard-normal draws fixed (common random numbers), the Monte Carlo ELBO is a
     * deterministic function of the variational parameters; the estimator's gradient must be its
     * exact gradient. Checked against central differences.
     */
    @ParameterizedTest
    @ValueSource(strings = {"meanfield", "fullrank"})
    void elboGradientMatchesFiniteDifferences(String name) {
        VariationalFamily q = family(name);
        double[][] etas = new double[5][3];
        SplittableRandom rng = new SplittableRandom(3);
        for (double[] e : etas) for (int i = 0; i < 3; i++) e[i] = rng.nextGaussian();
        double[] analytic = new double[q.parameterCount()];
        double[] g = new double[3];
        double[] zeta = new double[3];
        for (double[] e : etas) {
            q.transform(e, zeta);
            TARGET.logDensityGradient(zeta, g, true);
            q.addDrawGradient(e, g, analytic);
        }
        for (int i = 0; i < analytic.length; i++) analytic[i] /= etas.length;
        q.addEntropyGradient(analytic);

        double[] p = q.parameters();
        for (int k = 0; k < p.length; k++) {
            double saved = p[k];
            double h = 1e-6;
            p[k] = saved + h;
            double up = fixedDrawElbo(q, etas);
            p[k] = saved - h;
            double down = fixedDrawElbo(q, etas);
            p[k] = saved;
            assertEquals((up - down) / (2 * h), analytic[k], 1e-6 * Math.max(1, Math.abs(analytic[k])),
                    name + " parameter " + k);
        }
    }

    private static double fixedDrawElbo(VariationalFamily q, double[][] etas) {
        double[] zeta = new double[3];
        double sum = 0;
        for (double[] e : etas) {
            q.transform(e, zeta);
            sum += TARGET.logDensity(zeta, true);
        }
        return sum / etas.length + q.entropy();
    }

    /** log q and the entropy against Commons Math's multivariate normal with S S'. */
    @ParameterizedTest
    @ValueSource(strings = {"meanfield", "fullrank"})
    void densityAndEntropyMatchCommonsMath(String name) {
        VariationalFamily q = family(name);
        double[] flat = q.covariance();
        double[][] cov = new double[3][3];
        for (int i = 0; i < 3; i++) for (int j = 0; j < 3; j++) cov[i][j] = flat[i * 3 + j];
        MultivariateNormalDistribution reference = new MultivariateNormalDistribution(q.mean(), cov);
        double[] eta = {0.3, -1.2, 0.8};
        double[] zeta = new double[3];
        q.transform(eta, zeta);
        assertEquals(Math.log(reference.density(zeta)), q.logDensity(eta), 1e-12);
        double logDet = Math.log(new org.apache.commons.math3.linear.LUDecomposition(
                new org.apache.commons.math3.linear.Array2DRowRealMatrix(cov)).getDeterminant());
        assertEquals(0.5 * (3 * (1 + Math.log(2 * Math.PI)) + logDet), q.entropy(), 1e-12);
        double[] sd = q.standardDeviations();
        for (int i = 0; i < 3; i++) assertEquals(Math.sqrt(cov[i][i]), sd[i], 1e-14);
    }
}
