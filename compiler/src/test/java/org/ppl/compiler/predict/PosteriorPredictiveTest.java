package org.ppl.compiler.predict;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.ppl.compiler.predict.PredictiveTesting.covariance;
import static org.ppl.compiler.predict.PredictiveTesting.load;
import static org.ppl.compiler.predict.PredictiveTesting.mean;
import static org.ppl.compiler.predict.PredictiveTesting.repeated;
import static org.ppl.compiler.predict.PredictiveTesting.variance;

import java.util.List;
import java.util.Random;
import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.math3.stat.inference.KolmogorovSmirnovTest;
import org.junit.jupiter.api.Test;

/**
 * Posterior predictive draws given each draw's parameters, against the distributions they must
 * have: eight schools' y_rep by a Kolmogorov-Smirnov test of the standardised replicates, a GP's
 * predict and conditional against a dense computation of Rasmussen &amp; Williams' eqs. 2.23-2.24,
 * and Bernoulli replicates as 0/1 integers.
 */
class PosteriorPredictiveTest {
    private static final double Z = 4.5;
    private static final String EIGHT_SCHOOLS = "data J: int\ndata y: vector[J]\ndata sigma: vector[J] (lower=0)\n"
            + "mu ~ Normal(0, 5)\ntau ~ HalfCauchy(5)\ntheta_raw ~ Normal(0, 1, shape=J)\n"
            + "save theta = mu + tau * theta_raw\ny ~ Normal(theta, sigma)\n";
    private static final String SCHOOLS_DATA = "{\"J\": 8, \"y\": [28, 8, -3, 7, -1, 1, 18, 12], "
            + "\"sigma\": [15, 10, 16, 11, 9, 11, 10, 18]}";
    private static final double[] SIGMA = {15, 10, 16, 11, 9, 11, 10, 18};

    @Test
    void eightSchoolsReplicatesAreNormalAroundThetaWithTheDataSd() {
        PosteriorPredictive p = new PosteriorPredictive(load(EIGHT_SCHOOLS, SCHOOLS_DATA));
        List<String> parameters = p.parameterNames();
        assertEquals(10, parameters.size());
        assertEquals(List.of("mu", "tau", "theta_raw.1"), parameters.subList(0, 3));
        // Draws of the parameters (any values do: the replicate is checked given each).
        Random random = new Random(3);
        int n = 2000;
        double[][] draws = new double[n][10];
        for (double[] d : draws) {
            d[0] = 4 + 3 * random.nextGaussian();
            d[1] = Math.abs(3 * random.nextGaussian());
            for (int j = 2; j < 10; j++) d[j] = random.nextGaussian();
        }
        PredictiveDraws out = p.predict(draws, 7);
        assertEquals(0, out.failed());
        assertTrue(out.columns().containsAll(List.of("theta.1", "y_rep.1", "y_rep.8")), out.columns().toString());
        KolmogorovSmirnovTest ks = new KolmogorovSmirnovTest();
        for (int j = 0; j < 8; j++) {
            double[] theta = out.column("theta." + (j + 1));
            double[] rep = out.column("y_rep." + (j + 1));
            double[] z = new double[n];
            for (int i = 0; i < n; i++) {
                assertEquals(draws[i][0] + draws[i][1] * draws[i][2 + j], theta[i], 1e-12);
                z[i] = (rep[i] - theta[i]) / SIGMA[j];
            }
            assertTrue(ks.kolmogorovSmirnovTest(new NormalDistribution(0, 1), z) > 1e-4, "y_rep." + (j + 1) + " given theta");
        }
    }

    /** The same standardised replicates with the sd off by 25% must fail the test: it has power. */
    @Test
    void theReplicateTestRejectsAWrongSd() {
        PosteriorPredictive p = new PosteriorPredictive(load(EIGHT_SCHOOLS, SCHOOLS_DATA));
        double[] draw = {1, 2, 0, 0, 0, 0, 0, 0, 0, 0};
        PredictiveDraws out = p.predict(repeated(draw, 4000), 7);
        double[] z = out.column("y_rep.1");
        for (int i = 0; i < z.length; i++) z[i] = (z[i] - 1) / (SIGMA[0] * 1.25);
        assertTrue(new KolmogorovSmirnovTest().kolmogorovSmirnovTest(new NormalDistribution(0, 1), z) < 1e-4);
    }

    @Test
    void bernoulliReplicatesAreZerosAndOnes() {
        String model = "data y: int[N] (lower=0, upper=1)\np ~ Beta(2, 2)\ny ~ Bernoulli(p=p)\n";
        PosteriorPredictive pp = new PosteriorPredictive(load(model, "{\"y\": [0, 1, 1, 0, 1]}"));
        PredictiveDraws out = pp.predict(repeated(new double[] {0.3}, 4000), 1);
        assertEquals(List.of("y_rep"), out.integerValues());
        double ones = 0;
        for (double[] row : out.rows()) {
            for (int j = 1; j <= 5; j++) {
                assertTrue(row[j] == 0 || row[j] == 1, "0 or 1: " + row[j]);
                ones += row[j];
            }
        }
        assertEquals(0.3, ones / 20000, Z * Math.sqrt(0.21 / 20000));
    }

    @Test
    void aTermInALoopIsReplicatedAlongItsIterations() {
        String model = "data y: vector[3]\nmu ~ Normal(0, 1)\nfor i in range(3):\n    y[i] ~ Normal(mu + i, 0.001)\n";
        PredictiveDraws out = new PosteriorPredictive(load(model, "{\"y\": [0, 1, 2]}")).predict(new double[][] {{5}}, 1);
        assertEquals(List.of("mu", "y_rep.1", "y_rep.2", "y_rep.3"), out.columns());
        for (int i = 0; i < 3; i++) assertEquals(5 + i, out.rows()[0][1 + i], 0.01);
    }

    /** A latent GP's conditional at its own inputs is its f (up to the jitter); a sparse GP's terms replicate finitely. */
    @Test
    void latentConditionalAtTheSameInputsIsF() {
        String model = "data X: matrix[N, 1]\ndata y: int[N] (lower=0, upper=1)\nls ~ Gamma(2, 1)\n"
                + "latent = gp.Latent(cov_func=gp.ExpQuad(1, ls=ls))\nf ~ latent.prior(X=X)\ny ~ Bernoulli(logit_p=f)\n"
                + "fs ~ latent.conditional(X)\n";
        PosteriorPredictive p = new PosteriorPredictive(load(model, "{\"X\": [[0], [0.7], [2]], \"y\": [0, 1, 1]}"));
        assertEquals(List.of("ls", "f_rotated_.1", "f_rotated_.2", "f_rotated_.3"), p.parameterNames());
        PredictiveDraws out = p.predict(new double[][] {{0.9, 0.5, -1.0, 2.0}, {1.4, -0.3, 0.2, 0.8}}, 2);
        assertEquals(0, out.failed(), out.firstFailure());
        for (double[] row : out.rows()) {
            for (int i = 1; i <= 3; i++) {
                assertEquals(row[out.columns().indexOf("f." + i)], row[out.columns().indexOf("fs." + i)], 0.02, "fs." + i);
            }
        }
        String sparse = "data X: matrix[N, 1]\ndata y: vector[N]\ndata Xu: matrix[M, 1]\nls ~ Gamma(2, 1)\nsigma ~ HalfNormal(1)\n"
                + "g = gp.MarginalApprox(cov_func=gp.ExpQuad(1, ls=ls), approx=\"FITC\")\n"
                + "y ~ g.marginal_likelihood(X=X, Xu=Xu, noise=sigma)\nm, v = g.predict(Xu)\n";
        PredictiveDraws s = new PosteriorPredictive(load(sparse, "{\"X\": [[0], [1], [2], [3]], \"y\": [0.1, 0.5, 0.2, -0.3], "
                + "\"Xu\": [[0.5], [2.5]]}")).predict(new double[][] {{1.0, 0.3}}, 3);
        assertEquals(List.of("ls", "sigma", "m.1", "m.2", "v.1", "v.2", "y_rep.1", "y_rep.2", "y_rep.3", "y_rep.4"), s.columns());
        for (double v : s.rows()[0]) assertTrue(Double.isFinite(v));
    }

    /** Exact GP regression with a conditional, a prediction and a value saved from it. */
    private static final String GP = "data X: matrix[N, 1]\ndata y: vector[N]\ndata Xnew: matrix[S, 1]\n"
            + "ls ~ Gamma(2, 1)\neta ~ HalfNormal(1)\nsigma ~ HalfNormal(1)\n"
            + "f = gp.Marginal(cov_func=eta**2 * gp.ExpQuad(1, ls=ls))\n"
            + "y ~ f.marginal_likelihood(X=X, noise=sigma)\n"
            + "fs ~ f.conditional(Xnew)\nm, v = f.predict(Xnew)\nsave sd = sqrt(v)\n";
    private static final double[] X = {-1.0, -0.2, 0.4, 1.1, 2.0};
    private static final double[] Y = {0.3, -0.5, 0.8, 1.2, -0.1};
    private static final double[] XNEW = {-0.6, 0.9, 3.0};

    @Test
    void gpPredictAndConditionalFollowTheDenseFormulas() {
        String data = "{\"X\": [[-1.0], [-0.2], [0.4], [1.1], [2.0]], \"y\": [0.3, -0.5, 0.8, 1.2, -0.1], "
                + "\"Xnew\": [[-0.6], [0.9], [3.0]]}";
        PosteriorPredictive p = new PosteriorPredictive(load(GP, data));
        assertEquals(List.of("ls", "eta", "sigma"), p.parameterNames());
        double[][] params = {{0.8, 1.2, 0.3}, {1.5, 0.7, 0.5}};
        for (double[] theta : params) {
            Dense expected = dense(theta[0], theta[1], theta[2]);
            PredictiveDraws out = p.predict(repeated(theta, 20000), 4);
            assertEquals(0, out.failed(), out.firstFailure());
            for (int s = 0; s < 3; s++) {
                assertEquals(expected.mean[s], out.rows()[0][out.columns().indexOf("m." + (s + 1))], 1e-9);
                assertEquals(expected.cov[s][s], out.rows()[0][out.columns().indexOf("v." + (s + 1))], 1e-9);
                assertEquals(Math.sqrt(expected.cov[s][s]), out.rows()[0][out.columns().indexOf("sd." + (s + 1))], 1e-9);
                double[] fs = out.column("fs." + (s + 1));
                assertEquals(expected.mean[s], mean(fs), Z * Math.sqrt(expected.cov[s][s] / fs.length), "conditional mean " + s);
                for (int t = 0; t < 3; t++) {
                    double c = covariance(fs, out.column("fs." + (t + 1)));
                    double error = Math.sqrt((expected.cov[s][s] * expected.cov[t][t] + expected.cov[s][t] * expected.cov[s][t]) / fs.length);
                    assertEquals(expected.cov[s][t], c, Z * error, "conditional covariance " + s + "," + t);
                }
            }
            assertTrue(variance(out.column("fs.3")) > 0.5 * theta[1] * theta[1], "far from the data the prior's variance returns");
        }
    }

    /** The predictive mean and covariance at XNEW by plain dense algebra, with the GP's default jitter. */
    private record Dense(double[] mean, double[][] cov) {}

    private static Dense dense(double ls, double eta, double sigma) {
        int n = X.length;
        double[][] k = new double[n][n];
        double trace = 0;
        for (int i = 0; i < n; i++) for (int j = 0; j < n; j++) k[i][j] = kernel(X[i], X[j], ls, eta);
        for (int i = 0; i < n; i++) trace += k[i][i];
        for (int i = 0; i < n; i++) k[i][i] += sigma * sigma + 1e-6 * trace / n;
        double[][] inverse = new org.apache.commons.math3.linear.LUDecomposition(
                new org.apache.commons.math3.linear.Array2DRowRealMatrix(k)).getSolver().getInverse().getData();
        double[] mean = new double[XNEW.length];
        double[][] cov = new double[XNEW.length][XNEW.length];
        for (int s = 0; s < XNEW.length; s++) {
            for (int i = 0; i < n; i++) for (int j = 0; j < n; j++) mean[s] += kernel(XNEW[s], X[i], ls, eta) * inverse[i][j] * Y[j];
            for (int t = 0; t < XNEW.length; t++) {
                double c = kernel(XNEW[s], XNEW[t], ls, eta);
                for (int i = 0; i < n; i++) for (int j = 0; j < n; j++) c -= kernel(XNEW[s], X[i], ls, eta) * inverse[i][j] * kernel(X[j], XNEW[t], ls, eta);
                cov[s][t] = c;
            }
        }
        return new Dense(mean, cov);
    }

    private static double kernel(double a, double b, double ls, double eta) {
        return eta * eta * Math.exp(-(a - b) * (a - b) / (2 * ls * ls));
    }
}
