package org.ppl.compiler.predict;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.ppl.compiler.predict.PredictiveTesting.load;
import static org.ppl.compiler.predict.PredictiveTesting.mean;
import static org.ppl.compiler.predict.PredictiveTesting.variance;
import static org.ppl.compiler.predict.PredictiveTesting.varianceError;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Prior predictive draws against the moments of the priors, computed by hand: every tolerance is
 * 4.5 Monte Carlo standard errors (so a correct sampler fails about once in 10^5 seeds, and these
 * seeds are fixed).
 */
class PriorPredictiveTest {
    private static final int DRAWS = 4000;
    private static final double Z = 4.5;

    /**
     * mu ~ Normal(1, 2), sigma ~ HalfNormal(1.5), theta ~ Normal(mu, sigma) (its arguments depend on
     * the draws before it), y ~ Normal(theta, 0.5) observed. Then E theta = 1, var theta = 4 + E sigma²
     * = 4 + 2.25, and y_rep has mean 1 and variance 6.25 + 0.25.
     */
    private static final String MODEL = "data y: vector[3]\nmu ~ Normal(1, 2)\nsigma ~ HalfNormal(1.5)\n"
            + "theta ~ Normal(mu, sigma)\nsave twice = 2 * theta\ny ~ Normal(theta, 0.5)\n";

    @Test
    void ancestralDrawsHaveThePriorsMoments() {
        PredictiveDraws d = new PriorPredictive(load(MODEL, "{\"y\": [0, 1, 2]}")).draw(DRAWS, 11);
        assertEquals(List.of("mu", "sigma", "theta", "twice", "y_rep.1", "y_rep.2", "y_rep.3"), d.columns());
        assertEquals(0, d.failed());
        assertMoments(d.column("mu"), 1, 4);
        double halfNormalMean = 1.5 * Math.sqrt(2 / Math.PI);
        assertMoments(d.column("sigma"), halfNormalMean, 2.25 - halfNormalMean * halfNormalMean);
        assertMoments(d.column("theta"), 1, 6.25);
        for (int j = 1; j <= 3; j++) assertMoments(d.column("y_rep." + j), 1, 6.5);
        double[] theta = d.column("theta");
        double[] twice = d.column("twice");
        for (int i = 0; i < DRAWS; i++) assertEquals(2 * theta[i], twice[i], 1e-12);
    }

    @Test
    void sameSeedSameDraws() {
        PriorPredictive p = new PriorPredictive(load(MODEL, "{\"y\": [0, 1, 2]}"));
        assertArrayEquals(p.draw(20, 5).rows(), p.draw(20, 5).rows());
        assertTrue(p.draw(20, 5).rows()[0][0] != p.draw(20, 6).rows()[0][0]);
    }

    @Test
    void orderedVectorsAreSortedAndBoundsFollowEarlierDraws() {
        String model = "a ~ Uniform(0, 1)\nb ~ Uniform(0, 1 - a)\nc ~ Normal(0, 1, shape=4, transform=\"ordered\")\n";
        PredictiveDraws d = new PriorPredictive(load(model, "{}")).draw(500, 3);
        double[] a = d.column("a");
        double[] b = d.column("b");
        for (int i = 0; i < a.length; i++) {
            assertTrue(b[i] >= 0 && b[i] <= 1 - a[i], "b within (0, 1 - a)");
            for (int k = 1; k < 4; k++) assertTrue(d.rows()[i][2 + k] >= d.rows()[i][1 + k], "c increasing");
        }
        // b = (1 - a) U: E b = E(1 - a) / 2 = 1/4.
        assertEquals(0.25, mean(b), Z * Math.sqrt(variance(b) / b.length));
    }

    @Test
    void improperPriorsHaveNoDraws() {
        PredictiveError e = assertThrows(PredictiveError.class, () -> new PriorPredictive(load("x ~ Flat()\n", "{}")));
        assertTrue(e.getMessage().contains("'x' has the improper prior Flat()"), e.getMessage());
    }

    /** A GP marginal likelihood with fixed hyperparameters: the prior replicate's covariance is K + σ² I. */
    @Test
    void gpTermsUnderThePriorHaveTheKernelsCovariance() {
        String data = "{\"X\": [[0.0], [0.5], [1.5]], \"y\": [0, 0, 0], \"ls\": 0.7, \"eta\": 1.3, \"sigma\": 0.4}";
        String exact = "data X: matrix[N, 1]\ndata y: vector[N]\ndata ls: real\ndata eta: real\ndata sigma: real\n"
                + "z ~ Normal(0, 1)\nf = gp.Marginal(cov_func=eta**2 * gp.ExpQuad(1, ls=ls))\ny ~ f.marginal_likelihood(X=X, noise=sigma)\n";
        assertKernelCovariance(new PriorPredictive(load(exact, data)).draw(10 * DRAWS, 2), 1e-6 * 1.3 * 1.3);
        // FITC with the inducing inputs at X: Q_ff = K_ff (up to K_uu's jitter), and diag(K_ff - Q_ff) is 0.
        String sparse = exact.replace("gp.Marginal(", "gp.MarginalApprox(approx=\"FITC\", ")
                .replace("X=X, noise", "X=X, Xu=X, noise");
        assertKernelCovariance(new PriorPredictive(load(sparse, data)).draw(10 * DRAWS, 2), 0);
    }

    /**
     * A latent GP's conditional under the prior: f is drawn from the GP's prior at X and fs given f
     * at new inputs, so (f, fs) is jointly the GP's prior at X and Xs — K(Xs, Xs) for fs and
     * K(Xs, X) across, whatever X is.
     */
    @Test
    void latentConditionalsUnderThePriorFollowTheKernel() {
        String model = "data X: matrix[N, 1]\ndata Xs: matrix[S, 1]\n"
                + "latent = gp.Latent(cov_func=1.5**2 * gp.ExpQuad(1, ls=0.8))\nf ~ latent.prior(X=X)\n"
                + "fs ~ latent.conditional(Xs)\nsave total = sum(fs)\n";
        PredictiveDraws d = new PriorPredictive(load(model, "{\"X\": [[0.0], [1.0]], \"Xs\": [[0.5], [3.0]]}"))
                .draw(10 * DRAWS, 4);
        assertEquals(0, d.failed(), d.firstFailure());
        assertEquals(List.of("f_rotated_.1", "f_rotated_.2", "f.1", "f.2", "fs.1", "fs.2", "total"), d.columns());
        double[] x = {0.0, 1.0};
        double[] xs = {0.5, 3.0};
        for (int s = 0; s < 2; s++) {
            for (int t = 0; t < 2; t++) assertCovariance(d, "fs." + (s + 1), "fs." + (t + 1), kernel(xs[s], xs[t]));
            for (int i = 0; i < 2; i++) assertCovariance(d, "fs." + (s + 1), "f." + (i + 1), kernel(xs[s], x[i]));
        }
        double[] fs1 = d.column("fs.1");
        double[] fs2 = d.column("fs.2");
        double[] total = d.column("total");
        for (int r = 0; r < total.length; r++) assertEquals(fs1[r] + fs2[r], total[r], 1e-12);
    }

    private static double kernel(double a, double b) {
        return 2.25 * Math.exp(-(a - b) * (a - b) / (2 * 0.64));
    }

    /** E[a b] against k for zero-mean a and b, to Z standard errors of a mean of products. */
    private static void assertCovariance(PredictiveDraws d, String a, String b, double k) {
        double[] u = d.column(a);
        double[] v = d.column(b);
        double[] products = new double[u.length];
        for (int t = 0; t < u.length; t++) products[t] = u[t] * v[t];
        assertEquals(k, mean(products), Z * Math.sqrt(variance(products) / u.length), "cov " + a + ", " + b);
    }

    private static void assertKernelCovariance(PredictiveDraws d, double jitter) {
        double[] x = {0.0, 0.5, 1.5};
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                double r = x[i] - x[j];
                double k = 1.69 * Math.exp(-r * r / (2 * 0.49)) + (i == j ? 0.16 + jitter : 0);
                double[] a = d.column("y_rep." + (i + 1));
                double[] b = d.column("y_rep." + (j + 1));
                double[] products = new double[a.length];
                for (int t = 0; t < a.length; t++) products[t] = a[t] * b[t];
                // The mean is 0, so E[a b] is the covariance; its error is that of a mean of products.
                assertEquals(k, mean(products), Z * Math.sqrt(variance(products) / a.length), "cov " + i + "," + j);
            }
        }
    }

    private static void assertMoments(double[] x, double mean, double variance) {
        assertEquals(mean, mean(x), Z * Math.sqrt(variance / x.length), "mean");
        assertEquals(variance, variance(x), Z * varianceError(x), "variance");
    }
}
