package org.ppl.dist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.SplittableRandom;
import java.util.function.DoubleUnaryOperator;
import java.util.stream.Stream;
import org.apache.commons.math3.distribution.BetaDistribution;
import org.apache.commons.math3.distribution.BinomialDistribution;
import org.apache.commons.math3.distribution.CauchyDistribution;
import org.apache.commons.math3.distribution.ExponentialDistribution;
import org.apache.commons.math3.distribution.GammaDistribution;
import org.apache.commons.math3.distribution.LaplaceDistribution;
import org.apache.commons.math3.distribution.LogNormalDistribution;
import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.math3.distribution.PascalDistribution;
import org.apache.commons.math3.distribution.PoissonDistribution;
import org.apache.commons.math3.distribution.TDistribution;
import org.apache.commons.math3.distribution.WeibullDistribution;
import org.apache.commons.math3.special.Gamma;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.ppl.ad.Shape;

/**
 * Seeded draws of the scalar distributions: Kolmogorov-Smirnov against the CDF (Commons Math or
 * a closed form) and, where they exist, the mean and variance within five Monte Carlo standard
 * errors; discrete ones by a chi-squared test against the pmf.
 */
class ScalarSamplingTest {
    private static final int DRAWS = 20000;

    /** A continuous case: CDF, and mean and variance (NaN where they do not exist). */
    record Continuous(String label, String name, double[] params, DoubleUnaryOperator cdf, double mean, double variance) {
        @Override
        public String toString() {
            return label;
        }
    }

    private static Continuous c(String name, double[] p, DoubleUnaryOperator cdf, double mean, double variance) {
        return new Continuous(name + java.util.Arrays.toString(p), name, p, cdf, mean, variance);
    }

    private static double[] p(double... v) {
        return v;
    }

    static Stream<Continuous> continuous() {
        NormalDistribution normal = new NormalDistribution(null, 1.5, 2);
        NormalDistribution half = new NormalDistribution(null, 0, 1.3);
        CauchyDistribution cauchy = new CauchyDistribution(null, 1, 0.5);
        TDistribution t4 = new TDistribution(null, 4);
        TDistribution t05 = new TDistribution(null, 0.5);
        TDistribution t3 = new TDistribution(null, 3);
        LaplaceDistribution laplace = new LaplaceDistribution(null, 1, 0.5);
        LogNormalDistribution lognormal = new LogNormalDistribution(null, 0.3, 0.6);
        ExponentialDistribution exponential = new ExponentialDistribution(null, 1 / 2.5);
        GammaDistribution g1 = new GammaDistribution(null, 2.5, 1 / 1.5);
        GammaDistribution g2 = new GammaDistribution(null, 0.3, 1 / 2.0);
        GammaDistribution g3 = new GammaDistribution(null, 50, 1 / 2.0);
        GammaDistribution inverse = new GammaDistribution(null, 5, 1 / 5.0);
        BetaDistribution b1 = new BetaDistribution(null, 2, 3);
        BetaDistribution b2 = new BetaDistribution(null, 0.2, 0.3);
        BetaDistribution b3 = new BetaDistribution(null, 50, 20);
        WeibullDistribution weibull = new WeibullDistribution(null, 1.5, 2);
        return Stream.of(
                c("Normal", p(1.5, 2), normal::cumulativeProbability, 1.5, 4),
                c("HalfNormal", p(1.3), x -> 2 * half.cumulativeProbability(x) - 1, 1.3 * Math.sqrt(2 / Math.PI),
                        1.69 * (1 - 2 / Math.PI)),
                c("HalfCauchy", p(2), x -> 2 / Math.PI * Math.atan(x / 2), Double.NaN, Double.NaN),
                c("Cauchy", p(1, 0.5), cauchy::cumulativeProbability, Double.NaN, Double.NaN),
                c("StudentT", p(4, 1, 2), x -> t4.cumulativeProbability((x - 1) / 2), 1, 4 * 2),
                c("StudentT", p(0.5, 0, 1), t05::cumulativeProbability, Double.NaN, Double.NaN),
                c("HalfStudentT", p(3, 1.5), x -> 2 * t3.cumulativeProbability(x / 1.5) - 1, Double.NaN, Double.NaN),
                c("Laplace", p(1, 0.5), laplace::cumulativeProbability, 1, 0.5),
                c("LogNormal", p(0.3, 0.6), lognormal::cumulativeProbability, lognormal.getNumericalMean(),
                        lognormal.getNumericalVariance()),
                c("Exponential", p(2.5), exponential::cumulativeProbability, 0.4, 0.16),
                c("Gamma", p(2.5, 1.5), g1::cumulativeProbability, 2.5 / 1.5, 2.5 / 2.25),
                c("Gamma", p(0.3, 2), g2::cumulativeProbability, 0.15, 0.075),
                c("Gamma", p(50, 2), g3::cumulativeProbability, 25, 12.5),
                c("InverseGamma", p(5, 5), x -> x <= 0 ? 0 : 1 - inverse.cumulativeProbability(1 / x), 5.0 / 4,
                        25.0 / (16 * 3)),
                c("Beta", p(2, 3), b1::cumulativeProbability, 0.4, 6.0 / (25 * 6)),
                c("Beta", p(0.2, 0.3), b2::cumulativeProbability, 0.4, 0.06 / (0.25 * 1.5)),
                c("Beta", p(50, 20), b3::cumulativeProbability, b3.getNumericalMean(), b3.getNumericalVariance()),
                c("Uniform", p(-1, 3), x -> Math.min(1, Math.max(0, (x + 1) / 4)), 1, 16.0 / 12),
                c("Weibull", p(1.5, 2), weibull::cumulativeProbability, weibull.getNumericalMean(),
                        weibull.getNumericalVariance()));
    }

    private static double[] sample(Distribution d, long seed, double... params) {
        double[][] args = new double[params.length][];
        Shape[] shapes = new Shape[params.length];
        for (int j = 0; j < params.length; j++) {
            args[j] = new double[] {params[j]};
            shapes[j] = Shape.SCALAR;
        }
        double[] out = new double[DRAWS];
        d.sample(new SplittableRandom(seed), args, shapes, Shape.vector(DRAWS), out);
        return out;
    }

    @ParameterizedTest
    @MethodSource("continuous")
    void continuousDrawsFitTheirDistribution(Continuous c) {
        double[] x = sample(Harness.dist(c.name()), c.label().hashCode(), c.params());
        Statistics.assertFits(x, c.cdf(), c.label());
        if (!Double.isNaN(c.mean())) Statistics.assertMean(x, c.mean(), c.label());
        if (!Double.isNaN(c.variance())) Statistics.assertVariance(x, c.variance(), c.label());
    }

    /** A discrete case: its pmf, mean and variance. */
    record Discrete(String label, Distribution dist, double[] params, Statistics.Pmf pmf, double mean, double variance) {
        @Override
        public String toString() {
            return label;
        }
    }

    private static double logistic(double x) {
        return 1 / (1 + Math.exp(-x));
    }

    static Stream<Discrete> discrete() {
        Distribution bernoulli = Harness.dist("Bernoulli", "p");
        Distribution bernoulliLogit = Harness.dist("Bernoulli", "logit_p");
        Distribution binomial = Harness.dist("Binomial", "p");
        Distribution binomialLogit = Harness.dist("Binomial", "logit_p");
        Distribution poisson = Harness.dist("Poisson");
        Distribution negBinomial = Harness.dist("NegativeBinomial");
        double pl = logistic(-1);
        Stream.Builder<Discrete> cases = Stream.builder();
        cases.add(new Discrete("Bernoulli(0.3)", bernoulli, p(0.3), k -> k == 0 ? 0.7 : k == 1 ? 0.3 : 0, 0.3, 0.21));
        cases.add(new Discrete("Bernoulli(logit -1)", bernoulliLogit, p(-1), k -> k == 0 ? 1 - pl : k == 1 ? pl : 0, pl,
                pl * (1 - pl)));
        for (double[] np : new double[][] {{20, 0.3}, {200, 0.4}, {200, 0.9}, {5000, 0.01}, {3, 0.5}}) {
            BinomialDistribution ref = new BinomialDistribution(null, (int) np[0], np[1]);
            cases.add(new Discrete("Binomial" + java.util.Arrays.toString(np), binomial, np, ref::probability,
                    np[0] * np[1], np[0] * np[1] * (1 - np[1])));
        }
        BinomialDistribution logitRef = new BinomialDistribution(null, 60, logistic(0.8));
        cases.add(new Discrete("Binomial(60, logit 0.8)", binomialLogit, p(60, 0.8), logitRef::probability,
                logitRef.getNumericalMean(), logitRef.getNumericalVariance()));
        for (double mu : new double[] {0.2, 3.5, 40, 1000}) {
            PoissonDistribution ref = new PoissonDistribution(null, mu, 1e-12, 100000);
            cases.add(new Discrete("Poisson(" + mu + ")", poisson, p(mu), ref::probability, mu, mu));
        }
        PascalDistribution pascal = new PascalDistribution(null, 2, 2.0 / 7);
        cases.add(new Discrete("NegativeBinomial(5, 2)", negBinomial, p(5, 2), pascal::probability, 5, 5 + 25.0 / 2));
        double mu = 30;
        double alpha = 0.7;
        cases.add(new Discrete("NegativeBinomial(30, 0.7)", negBinomial, p(mu, alpha), k -> Math.exp(Gamma.logGamma(k + alpha)
                - Gamma.logGamma(alpha) - Gamma.logGamma(k + 1.0) + alpha * Math.log(alpha / (mu + alpha))
                + k * Math.log(mu / (mu + alpha))), mu, mu + mu * mu / alpha));
        return cases.build();
    }

    @ParameterizedTest
    @MethodSource("discrete")
    void discreteDrawsFitTheirPmf(Discrete c) {
        double[] x = sample(c.dist(), c.label().hashCode(), c.params());
        Statistics.assertFitsCounts(x, c.pmf(), c.label());
        Statistics.assertMean(x, c.mean(), c.label());
        Statistics.assertVariance(x, c.variance(), c.label());
    }

    @Test
    void categoricalDraws() {
        double[] probabilities = {0.2, 0.5, 0.3};
        double[] logits = {Math.log(0.2) - 1, Math.log(0.5) - 1, Math.log(0.3) - 1};
        double[] unnormalised = {2, 5, 3};
        for (String keyword : new String[] {"p", "logit_p", "p unnormalised"}) {
            Distribution d = Harness.dist("Categorical", keyword.split(" ")[0]);
            double[] arg = keyword.equals("p") ? probabilities : keyword.equals("logit_p") ? logits : unnormalised;
            double[] out = new double[DRAWS];
            d.sample(new SplittableRandom(5), new double[][] {arg}, new Shape[] {Shape.vector(3)}, Shape.vector(DRAWS), out);
            Statistics.assertFitsCounts(out, k -> k < 3 ? probabilities[k] : 0, keyword);
        }
    }

    @Test
    void parametersBroadcastOverTheDraw() {
        // Normal with mu of shape (3,) and sigma (2, 1), drawn at shape (2, 3) many times.
        Distribution normal = Harness.dist("Normal");
        double[] mu = {-5, 0, 5};
        double[] sigma = {0.5, 2};
        int reps = 4000;
        double[][] columns = new double[6][reps];
        double[] out = new double[6];
        SplittableRandom rng = new SplittableRandom(3);
        for (int r = 0; r < reps; r++) {
            normal.sample(rng, new double[][] {mu, sigma}, new Shape[] {Shape.vector(3), Shape.matrix(2, 1)},
                    Shape.matrix(2, 3), out);
            for (int k = 0; k < 6; k++) columns[k][r] = out[k];
        }
        for (int k = 0; k < 6; k++) {
            Statistics.assertMean(columns[k], mu[k % 3], "element " + k);
            Statistics.assertVariance(columns[k], sigma[k / 3] * sigma[k / 3], "element " + k);
        }
    }

    @Test
    void improperDistributionsHaveNoDraws() {
        for (String name : new String[] {"Flat", "HalfFlat"}) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Harness.dist(name)
                    .sample(new SplittableRandom(1), new double[0][], new Shape[0], Shape.SCALAR, new double[1]));
            assertEquals(name + " is improper (its density does not integrate to one), so it has no draws; give the"
                    + " variable a proper prior to sample from the prior", e.getMessage());
        }
    }

    @Test
    void parametersOutsideTheirDomainAreRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> sample(Harness.dist("Normal"), 1, 0, -1));
        assertEquals("Normal: sigma is -1.0, but must be positive and finite", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> sample(Harness.dist("Uniform"), 1, 2, 1));
        assertEquals("Uniform: lower is 2.0 and upper is 1.0, but lower must be below upper", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> sample(Harness.dist("Binomial"), 1, 2.5, 0.5));
        assertEquals("Binomial: n is 2.5, but must be a nonnegative integer", e.getMessage());
    }
}
