package org.ppl.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.apache.commons.math3.distribution.CauchyDistribution;
import org.apache.commons.math3.distribution.NormalDistribution;
import org.junit.jupiter.api.Test;
import org.ppl.gp.GplvmReferenceGradient;
import org.ppl.model.Model;
import org.ppl.model.TapeModel;

/** The hand-written models against their densities written out independently. */
class ExampleModelsTest {
    private static double normal(double x, double mu, double sd) {
        return new NormalDistribution(mu, sd).logDensity(x);
    }

    @Test
    void eightSchoolsEqualsItsFormula() {
        Model m = TapeModel.of(new EightSchools());
        Random r = new Random(3);
        double[] theta = new double[10];
        double[] grad = new double[10];
        for (int trial = 0; trial < 10; trial++) {
            for (int i = 0; i < 10; i++) theta[i] = 2 * r.nextGaussian();
            double mu = theta[0];
            double tau = Math.exp(theta[1]);
            double expected = normal(mu, 0, 5) + Math.log(2) + new CauchyDistribution(0, 5).logDensity(tau) + theta[1];
            for (int j = 0; j < 8; j++) {
                expected += normal(theta[2 + j], 0, 1)
                        + normal(EightSchools.Y[j], mu + tau * theta[2 + j], EightSchools.SIGMA[j]);
            }
            assertEquals(expected, m.logDensityGradient(theta, grad), 1e-10 * Math.abs(expected));
            // d/dmu, by the formula: -mu/25 + sum (y - theta)/sigma^2
            double dmu = -mu / 25;
            for (int j = 0; j < 8; j++) {
                double s = EightSchools.SIGMA[j];
                dmu += (EightSchools.Y[j] - mu - tau * theta[2 + j]) / (s * s);
            }
            assertEquals(dmu, grad[0], 1e-10 * Math.max(1, Math.abs(dmu)));
        }
    }

    @Test
    void gplvmEqualsTheHandWrittenGradientPlusPriors() {
        int n = 9;
        int p = 3;
        int q = 2;
        Random r = new Random(5);
        double[] y = new double[n * p];
        for (int i = 0; i < y.length; i++) y[i] = r.nextGaussian();
        Model m = TapeModel.of(new Gplvm(y, n, p, q));
        assertEquals(n * q + q + 2, m.dimension());
        GplvmReferenceGradient reference = new GplvmReferenceGradient(y, n, p, q, 1e-6);
        double[] theta = new double[m.dimension()];
        double[] grad = new double[m.dimension()];
        for (int trial = 0; trial < 5; trial++) {
            for (int i = 0; i < theta.length; i++) theta[i] = 0.7 * r.nextGaussian();
            double[] x = java.util.Arrays.copyOf(theta, n * q);
            double[] ls = {Math.exp(theta[n * q]), Math.exp(theta[n * q + 1])};
            double eta = Math.exp(theta[n * q + 2]);
            double sigma = Math.exp(theta[n * q + 3]);
            double[] gx = new double[n * q];
            double[] gls = new double[q];
            double[] ges = new double[2];
            double expected = reference.logLikelihood(x, ls, eta, sigma, gx, gls, ges);
            for (double v : x) expected += normal(v, 0, 1);
            for (double l : ls) expected += 5 * Math.log(5) - org.apache.commons.math3.special.Gamma.logGamma(5)
                    - 6 * Math.log(l) - 5 / l;
            // HalfNormal(1): log 2 + log N(v | 0, 1) for v > 0.
            expected += Math.log(2) + normal(eta, 0, 1) + Math.log(2) + normal(sigma, 0, 1);
            // Jacobians of the three log transforms (ls twice, eta, sigma): log of each value.
            expected += theta[n * q] + theta[n * q + 1] + theta[n * q + 2] + theta[n * q + 3];
            double lp = m.logDensityGradient(theta, grad);
            assertEquals(expected, lp, 1e-10 * Math.abs(expected));
            for (int i = 0; i < n * q; i++) assertEquals(gx[i] - x[i], grad[i], 1e-9, "X element " + i);
            // eta: chain rule through exp, plus the half-normal prior and the Jacobian.
            double dEta = (ges[0] - eta) * eta + 1;
            assertEquals(dEta, grad[n * q + 2], 1e-9);
        }
    }
}
