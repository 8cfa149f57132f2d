package org.ppl.compiler.posteriordb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.CholeskyDecomposition;
import org.apache.commons.math3.linear.RealMatrix;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.ppl.compiler.ModelGradients;
import org.ppl.compiler.Models;
import org.ppl.io.DataSet;
import org.ppl.io.DataSources;
import org.ppl.model.Model;

/**
 * posteriordb models written in the language (from the descriptions beside posteriordb's reference
 * posteriors) load posteriordb's data and have the log density written out here from the
 * description, with the Jacobians of their transforms, at random points; and a gradient that
 * agrees with finite differences. The data are read from the shared data folder; a test is skipped
 * when it is absent.
 */
class PosteriordbModelsTest {
    private static final Path MODELS = Path.of("src/test/resources/posteriordb");
    private static final double TOLERANCE = 1e-9;

    /** The data of a posterior, or a skipped test. */
    private static DataSet data(String posterior) {
        Path file = Models.sharedData().resolve("posteriordb/" + posterior + ".data.json");
        Assumptions.assumeTrue(Files.isRegularFile(file), "no posteriordb data at " + file + "; skipped");
        return DataSources.readAll(List.of(file.toString()), false);
    }

    private static Model model(String posterior, DataSet data) {
        return Models.load(MODELS.resolve(posterior + ".ppl"), data).newModel();
    }

    private static double[] vector(DataSet data, String name) {
        return data.get(name).values();
    }

    /** Compares the model with {@code direct} (the log density with the Jacobian, given theta) at random points. */
    private static void check(Model m, int dimension, java.util.function.ToDoubleFunction<double[]> direct,
            java.util.function.ToDoubleFunction<double[]> jacobian, double scale, String what) {
        assertEquals(dimension, m.dimension());
        Random r = new Random(17);
        for (int trial = 0; trial < 5; trial++) {
            double[] theta = new double[dimension];
            for (int i = 0; i < dimension; i++) theta[i] = scale * r.nextGaussian();
            double expected = direct.applyAsDouble(theta);
            assertClose(expected, m.logDensity(theta, true), what + " with the Jacobian");
            assertClose(expected - jacobian.applyAsDouble(theta), m.logDensity(theta, false), what + " without the Jacobian");
        }
        ModelGradients.assertGradient(m, ModelGradients.randomPoint(m, 3, scale), 1e-5, what);
    }

    private static void assertClose(double expected, double actual, String what) {
        assertTrue(Double.isFinite(expected), what + ": " + expected);
        assertTrue(Math.abs(expected - actual) <= TOLERANCE * Math.max(1, Math.abs(expected)), what + ": expected " + expected + ", was " + actual);
    }

    @Test
    void arK() {
        DataSet d = data("arK-arK");
        double[] y = vector(d, "y");
        int k = (int) vector(d, "K")[0];
        check(model("arK-arK", d), k + 2, t -> {
            double alpha = t[0];
            double sigma = Math.exp(t[k + 1]);
            double lp = Densities.normal(alpha, 0, 10) + Densities.halfCauchy(sigma, 2.5) + t[k + 1];
            for (int j = 0; j < k; j++) lp += Densities.normal(t[1 + j], 0, 10);
            for (int s = k; s < y.length; s++) {
                double mu = alpha;
                for (int j = 0; j < k; j++) mu += t[1 + j] * y[s - j - 1];
                lp += Densities.normal(y[s], mu, sigma);
            }
            return lp;
        }, t -> t[k + 1], 0.3, "arK");
    }

    @Test
    void eightSchoolsNoncentered() {
        DataSet d = data("eight_schools-eight_schools_noncentered");
        double[] y = vector(d, "y");
        double[] sigma = vector(d, "sigma");
        int j = y.length;
        check(model("eight_schools-eight_schools_noncentered", d), j + 2, t -> {
            double mu = t[j];
            double tau = Math.exp(t[j + 1]);
            double lp = Densities.normal(mu, 0, 5) + Densities.halfCauchy(tau, 5) + t[j + 1];
            for (int i = 0; i < j; i++) {
                lp += Densities.normal(t[i], 0, 1) + Densities.normal(y[i], mu + tau * t[i], sigma[i]);
            }
            return lp;
        }, t -> t[j + 1], 1.0, "eight_schools_noncentered");
    }

    @Test
    void gpRegression() {
        DataSet d = data("gp_pois_regr-gp_regr");
        double[] x = vector(d, "x");
        double[] y = vector(d, "y");
        check(model("gp_pois_regr-gp_regr", d), 3, t -> {
            double rho = Math.exp(t[0]), alpha = Math.exp(t[1]), sigma = Math.exp(t[2]);
            double lp = Densities.gamma(rho, 25, 4) + Densities.halfNormal(alpha, 2) + Densities.halfNormal(sigma, 1) + t[0] + t[1] + t[2];
            return lp + gpLogLikelihood(x, y, rho, alpha, sigma);
        }, t -> t[0] + t[1] + t[2], 0.5, "gp_regr");
    }

    /**
     * log N(y | 0, K + sigma I), K_ij = alpha² exp(-(x_i - x_j)² / (2 rho²)), with the runtime's
     * documented jitter of 1e-6 times the mean diagonal of K (alpha²) on the diagonal.
     */
    private static double gpLogLikelihood(double[] x, double[] y, double rho, double alpha, double sigma) {
        int n = x.length;
        double[][] a = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int k = 0; k < n; k++) a[i][k] = alpha * alpha * Math.exp(-(x[i] - x[k]) * (x[i] - x[k]) / (2 * rho * rho));
            a[i][i] += sigma + 1e-6 * alpha * alpha;
        }
        CholeskyDecomposition chol = new CholeskyDecomposition(new Array2DRowRealMatrix(a), 1e-14, 1e-14);
        RealMatrix l = chol.getL();
        double logDet = 0;
        for (int i = 0; i < n; i++) logDet += 2 * Math.log(l.getEntry(i, i));
        double[] alphaVec = chol.getSolver().solve(new org.apache.commons.math3.linear.ArrayRealVector(y)).toArray();
        double quad = 0;
        for (int i = 0; i < n; i++) quad += y[i] * alphaVec[i];
        return -0.5 * quad - 0.5 * logDet - 0.5 * n * Densities.LOG_2PI;
    }

    @Test
    void kidiqWithAFlatPrior() {
        DataSet d = data("kidiq-kidscore_momiq");
        double[] score = vector(d, "kid_score");
        double[] iq = vector(d, "mom_iq");
        check(model("kidiq-kidscore_momiq", d), 3, t -> {
            double b0 = t[0], b1 = t[1], sigma = Math.exp(t[2]);
            double lp = Densities.halfCauchy(sigma, 2.5) + t[2];
            for (int i = 0; i < score.length; i++) lp += Densities.normal(score[i], b0 + b1 * iq[i], sigma);
            return lp;
        }, t -> t[2], 1.0, "kidiq");
    }

    @Test
    void lowDimensionalGaussianMixture() {
        DataSet d = data("low_dim_gauss_mix-low_dim_gauss_mix");
        double[] y = vector(d, "y");
        check(model("low_dim_gauss_mix-low_dim_gauss_mix", d), 5, t -> {
            double mu0 = t[0], mu1 = t[0] + Math.exp(t[1]);
            double s0 = Math.exp(t[2]), s1 = Math.exp(t[3]);
            double theta = Densities.logistic(t[4]);
            double lp = Densities.normal(mu0, 0, 2) + Densities.normal(mu1, 0, 2) + Densities.halfNormal(s0, 2)
                    + Densities.halfNormal(s1, 2) + Densities.beta(theta, 5, 5);
            lp += t[1] + t[2] + t[3] + Math.log(theta) + Math.log1p(-theta);
            for (double v : y) {
                lp += Densities.logSumExp(Math.log(theta) + Densities.normal(v, mu0, s0), Math.log1p(-theta) + Densities.normal(v, mu1, s1));
            }
            return lp;
        }, t -> {
            double theta = Densities.logistic(t[4]);
            return t[1] + t[2] + t[3] + Math.log(theta) + Math.log1p(-theta);
        }, 0.5, "low_dim_gauss_mix");
    }
}
