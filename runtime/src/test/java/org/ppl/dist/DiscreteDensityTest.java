package org.ppl.dist;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.apache.commons.math3.distribution.BinomialDistribution;
import org.apache.commons.math3.distribution.PascalDistribution;
import org.apache.commons.math3.distribution.PoissonDistribution;
import org.apache.commons.math3.special.Gamma;
import org.junit.jupiter.api.Test;
import org.ppl.ad.Shape;
import org.ppl.dist.Harness.Arg;

/** Log probabilities of the discrete distributions against Commons Math and closed forms. */
class DiscreteDensityTest {
    private static void assertClose(double expected, double actual, String what) {
        assertEquals(expected, actual, 1e-10 * Math.max(1, Math.abs(expected)), what);
    }

    private static double logistic(double x) {
        return 1 / (1 + Math.exp(-x));
    }

    @Test
    void bernoulliWithProbabilityOrLogit() {
        Distribution byP = Harness.dist("Bernoulli", "p");
        Distribution byLogit = Harness.dist("Bernoulli", "logit_p");
        for (double p : new double[] {0.02, 0.3, 0.5, 0.97}) {
            BinomialDistribution ref = new BinomialDistribution(null, 1, p);
            double l = Math.log(p / (1 - p));
            for (int y = 0; y <= 1; y++) {
                assertClose(ref.logProbability(y), Harness.logDensity(byP, Arg.scalar(y), Arg.scalar(p)), "p " + p);
                assertClose(ref.logProbability(y), Harness.logDensity(byLogit, Arg.scalar(y), Arg.scalar(l)), "l " + l);
            }
        }
        // Extreme logits stay finite and accurate: log sigmoid(-40) = -40 - log(1 + e^-40).
        assertClose(-40 - Math.log1p(Math.exp(-40)), Harness.logDensity(byLogit, Arg.scalar(1), Arg.scalar(-40)), "tail");
        double[] y = {1, 0, 0, 1, 1};
        double[] p = {0.1, 0.2, 0.6, 0.7, 0.99};
        double expected = 0;
        for (int i = 0; i < y.length; i++) expected += new BinomialDistribution(null, 1, p[i]).logProbability((int) y[i]);
        assertClose(expected, Harness.logDensity(byP, Arg.vector(y), Arg.vector(p)), "vector");
    }

    @Test
    void binomialWithProbabilityOrLogit() {
        Distribution byP = Harness.dist("Binomial");
        Distribution byLogit = Harness.dist("Binomial", "logit_p");
        int[] trials = {1, 7, 40, 1000};
        double[] ps = {0.05, 0.5, 0.8};
        for (int n : trials) {
            for (double p : ps) {
                BinomialDistribution ref = new BinomialDistribution(null, n, p);
                for (int y = 0; y <= n; y += Math.max(1, n / 13)) {
                    assertClose(ref.logProbability(y), Harness.logDensity(byP, Arg.scalar(y), Arg.scalar(n), Arg.scalar(p)),
                            "Binomial(" + n + ", " + p + ") at " + y);
                    assertClose(ref.logProbability(y), Harness.logDensity(byLogit, Arg.scalar(y), Arg.scalar(n),
                            Arg.scalar(Math.log(p / (1 - p)))), "logit at " + y);
                }
            }
        }
        // n broadcast along a vector of counts, p per element.
        double[] y = {0, 3, 5, 2};
        double[] p = {0.1, 0.4, 0.9, 0.5};
        double expected = 0;
        for (int i = 0; i < y.length; i++) expected += new BinomialDistribution(null, 5, p[i]).logProbability((int) y[i]);
        assertClose(expected, Harness.logDensity(byP, Arg.vector(y), Arg.scalar(5), Arg.vector(p)), "vector");
    }

    @Test
    void binomialAtTheEndsOfP() {
        Distribution d = Harness.dist("Binomial");
        assertEquals(0.0, Harness.logDensity(d, Arg.scalar(0), Arg.scalar(6), Arg.scalar(0)), 0);
        assertEquals(0.0, Harness.logDensity(d, Arg.scalar(6), Arg.scalar(6), Arg.scalar(1)), 0);
        assertEquals(Double.NEGATIVE_INFINITY, Harness.logDensity(d, Arg.scalar(1), Arg.scalar(6), Arg.scalar(0)));
    }

    @Test
    void poisson() {
        Distribution d = Harness.dist("Poisson");
        for (double mu : new double[] {0.01, 0.7, 4, 55, 1000}) {
            PoissonDistribution ref = new PoissonDistribution(null, mu, PoissonDistribution.DEFAULT_EPSILON,
                    PoissonDistribution.DEFAULT_MAX_ITERATIONS);
            for (int y = 0; y < 2000; y += 1 + y / 3) {
                assertClose(ref.logProbability(y), Harness.logDensity(d, Arg.scalar(y), Arg.scalar(mu)), "mu " + mu + " y " + y);
            }
        }
        assertEquals(0.0, Harness.logDensity(d, Arg.scalar(0), Arg.scalar(0)), 0);
        assertEquals(Double.NEGATIVE_INFINITY, Harness.logDensity(d, Arg.scalar(2), Arg.scalar(0)));
    }

    /** PyMC's parameterisation: Pascal(r = alpha, p = alpha / (mu + alpha)) counts the failures. */
    @Test
    void negativeBinomialAgainstPascal() {
        Distribution d = Harness.dist("NegativeBinomial");
        for (int alpha : new int[] {1, 3, 20}) {
            for (double mu : new double[] {0.5, 4, 60}) {
                PascalDistribution ref = new PascalDistribution(null, alpha, alpha / (mu + alpha));
                for (int y = 0; y < 300; y += 1 + y / 4) {
                    assertClose(ref.logProbability(y), Harness.logDensity(d, Arg.scalar(y), Arg.scalar(mu), Arg.scalar(alpha)),
                            "NB(" + mu + ", " + alpha + ") at " + y);
                }
            }
        }
    }

    @Test
    void negativeBinomialWithRealDispersionAndItsPoissonLimit() {
        Distribution d = Harness.dist("NegativeBinomial");
        double mu = 3.3;
        double alpha = 0.45;
        for (int y = 0; y < 40; y++) {
            double expected = Gamma.logGamma(y + alpha) - Gamma.logGamma(alpha) - Gamma.logGamma(y + 1.0)
                    + alpha * Math.log(alpha / (mu + alpha)) + y * Math.log(mu / (mu + alpha));
            assertClose(expected, Harness.logDensity(d, Arg.scalar(y), Arg.scalar(mu), Arg.scalar(alpha)), "y " + y);
        }
        PoissonDistribution poisson = new PoissonDistribution(null, mu, 1e-12, 10000);
        for (int y = 0; y < 15; y++) {
            assertClose(poisson.logProbability(y), Harness.logDensity(d, Arg.scalar(y), Arg.scalar(mu), Arg.scalar(1e12)),
                    "limit at " + y);
            // Just below the switch: the formula as a finite product, log C(y + a - 1, y) = sum log(a + i) - log y!.
            double a = 5e9;
            double logChoose = -Gamma.logGamma(y + 1.0);
            for (int i = 0; i < y; i++) logChoose += Math.log(a + i);
            double expected = logChoose - a * Math.log1p(mu / a) + y * Math.log(mu / (mu + a));
            assertClose(expected, Harness.logDensity(d, Arg.scalar(y), Arg.scalar(mu), Arg.scalar(a)), "near the limit at " + y);
        }
    }

    @Test
    void categoricalWithProbabilityOrLogit() {
        Distribution byP = Harness.dist("Categorical", "p");
        Distribution byLogit = Harness.dist("Categorical", "logit_p");
        double[] p = {0.2, 0.5, 0.3};
        double[] y = {0, 1, 2, 1, 1};
        double expected = 0;
        for (double v : y) expected += Math.log(p[(int) v]);
        assertClose(expected, Harness.logDensity(byP, Arg.vector(y), Arg.vector(p)), "shared p");
        double[] l = {Math.log(0.2) + 3, Math.log(0.5) + 3, Math.log(0.3) + 3};
        assertClose(expected, Harness.logDensity(byLogit, Arg.vector(y), Arg.vector(l)), "shared logit_p");
        // One row of p per element: p of shape (2, 3) with values (2,).
        double[] rows = {0.1, 0.1, 0.8, 0.6, 0.3, 0.1};
        assertClose(Math.log(0.8) + Math.log(0.3),
                Harness.logDensity(byP, Arg.vector(2, 1), Arg.matrix(2, 3, rows)), "rows");
        // A scalar value against a single p.
        assertClose(Math.log(0.5), Harness.logDensity(byP, Arg.scalar(1), Arg.vector(p)), "scalar");
        // PyMC rescales a p that does not sum to one.
        assertClose(Math.log(2.0 / 8.0), Harness.logDensity(byP, Arg.scalar(1), Arg.vector(1, 2, 5)), "rescaled");
    }

    @Test
    void categoricalValueMayBroadcastAgainstRows() {
        Distribution byP = Harness.dist("Categorical", "p");
        // Value (2, 1) against p rows (3,) (p of shape (3, 2)): 6 events.
        double[] p = {0.5, 0.5, 0.9, 0.1, 0.25, 0.75};
        double expected = 0;
        int[] y = {0, 1};
        for (int a : y) {
            for (int r = 0; r < 3; r++) expected += Math.log(p[r * 2 + a]);
        }
        assertClose(expected, Harness.logDensity(byP, Harness.Arg.matrix(2, 1, 0, 1),
                new Harness.Arg(Shape.matrix(3, 2), p)), "broadcast");
    }
}
