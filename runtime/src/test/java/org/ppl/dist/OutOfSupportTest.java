package org.ppl.dist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.ppl.dist.Harness.Arg;

/**
 * Values outside the support and parameters outside their domains give negative infinity, never
 * NaN or an exception; the same inputs just inside give a finite density.
 */
class OutOfSupportTest {
    record Case(String label, String name, String keyword, double value, double... params) {
        @Override
        public String toString() {
            return label;
        }
    }

    private static final double NAN = Double.NaN;
    private static final double INF = Double.POSITIVE_INFINITY;

    private static Case c(String label, String name, double value, double... params) {
        return new Case(label, name, "", value, params);
    }

    static Stream<Case> outside() {
        return Stream.of(
                c("Normal sigma 0", "Normal", 0, 0, 0), c("Normal sigma < 0", "Normal", 0, 0, -1),
                c("Normal sigma NaN", "Normal", 0, 0, NAN), c("Normal sigma inf", "Normal", 0, 0, INF),
                c("Normal value NaN", "Normal", NAN, 0, 1), c("Normal mu NaN", "Normal", 0, NAN, 1),
                c("Normal value inf", "Normal", INF, 0, 1),
                c("HalfNormal x < 0", "HalfNormal", -0.1, 1), c("HalfNormal sigma 0", "HalfNormal", 1, 0),
                c("HalfCauchy x < 0", "HalfCauchy", -1e-9, 1), c("HalfCauchy beta < 0", "HalfCauchy", 1, -2),
                c("Cauchy beta 0", "Cauchy", 0, 0, 0),
                c("StudentT nu 0", "StudentT", 0, 0, 0, 1), c("StudentT sigma < 0", "StudentT", 0, 3, 0, -1),
                c("HalfStudentT x < 0", "HalfStudentT", -1, 3, 1), c("HalfStudentT nu < 0", "HalfStudentT", 1, -3, 1),
                c("Laplace b 0", "Laplace", 0, 0, 0),
                c("LogNormal x 0", "LogNormal", 0, 0, 1), c("LogNormal x < 0", "LogNormal", -1, 0, 1),
                c("Exponential x < 0", "Exponential", -1, 1), c("Exponential lam 0", "Exponential", 1, 0),
                c("Gamma x < 0", "Gamma", -1, 2, 1), c("Gamma alpha 0", "Gamma", 1, 0, 1), c("Gamma beta < 0", "Gamma", 1, 2, -1),
                c("Gamma at 0 with alpha > 1", "Gamma", 0, 2, 1),
                c("InverseGamma x 0", "InverseGamma", 0, 2, 1), c("InverseGamma beta 0", "InverseGamma", 1, 2, 0),
                c("Beta x > 1", "Beta", 1.1, 2, 2), c("Beta x < 0", "Beta", -0.1, 2, 2), c("Beta alpha 0", "Beta", 0.5, 0, 2),
                c("Beta at 1 with beta > 1", "Beta", 1, 2, 2),
                c("Uniform below", "Uniform", -1.5, -1, 1), c("Uniform above", "Uniform", 1.5, -1, 1),
                c("Uniform empty", "Uniform", 0, 1, 1), c("Uniform reversed", "Uniform", 0, 1, -1),
                c("Weibull x < 0", "Weibull", -1, 2, 1), c("Weibull alpha 0", "Weibull", 1, 0, 1),
                c("Weibull at 0 with alpha > 1", "Weibull", 0, 2, 1),
                c("HalfFlat x < 0", "HalfFlat", -1), c("Flat NaN", "Flat", NAN),
                new Case("Bernoulli y 2", "Bernoulli", "p", 2, 0.5), new Case("Bernoulli y 0.5", "Bernoulli", "p", 0.5, 0.5),
                new Case("Bernoulli p > 1", "Bernoulli", "p", 1, 1.5), new Case("Bernoulli p 0 at 1", "Bernoulli", "p", 1, 0),
                new Case("Bernoulli logit NaN", "Bernoulli", "logit_p", 1, NAN),
                c("Binomial y > n", "Binomial", 6, 5, 0.5), c("Binomial y < 0", "Binomial", -1, 5, 0.5),
                c("Binomial y fractional", "Binomial", 2.5, 5, 0.5), c("Binomial n fractional", "Binomial", 2, 5.5, 0.5),
                c("Binomial p < 0", "Binomial", 2, 5, -0.5),
                new Case("Binomial logit NaN", "Binomial", "logit_p", 2, 5, NAN),
                c("Poisson y < 0", "Poisson", -1, 2), c("Poisson y fractional", "Poisson", 1.5, 2),
                c("Poisson mu < 0", "Poisson", 1, -2), c("Poisson mu 0, y 1", "Poisson", 1, 0),
                c("NegativeBinomial y < 0", "NegativeBinomial", -1, 2, 1),
                c("NegativeBinomial mu 0", "NegativeBinomial", 1, 0, 1), c("NegativeBinomial alpha 0", "NegativeBinomial", 1, 2, 0));
    }

    private static double evaluate(Case c) {
        Distribution d = c.keyword().isEmpty() ? Harness.dist(c.name()) : Harness.dist(c.name(), c.keyword());
        Arg[] args = new Arg[c.params().length];
        for (int j = 0; j < args.length; j++) args[j] = Arg.scalar(c.params()[j]);
        return Harness.logDensity(d, Arg.scalar(c.value()), args);
    }

    @ParameterizedTest
    @MethodSource("outside")
    void givesMinusInfinity(Case c) {
        assertEquals(Double.NEGATIVE_INFINITY, evaluate(c), c.label());
    }

    static Stream<Case> boundaries() {
        return Stream.of(
                c("HalfNormal at 0", "HalfNormal", 0, 1), c("Exponential at 0", "Exponential", 0, 2),
                c("Gamma at 0 with alpha 1", "Gamma", 0, 1, 3), c("Beta at 0 with alpha 1", "Beta", 0, 1, 2),
                c("Uniform at lower", "Uniform", -1, -1, 1), c("Uniform at upper", "Uniform", 1, -1, 1),
                c("Weibull at 0 with alpha 1", "Weibull", 0, 1, 2), c("HalfFlat at 0", "HalfFlat", 0),
                c("Flat at 1e300", "Flat", 1e300), c("Poisson mu 0, y 0", "Poisson", 0, 0),
                new Case("Bernoulli p 1 at 1", "Bernoulli", "p", 1, 1));
    }

    @ParameterizedTest
    @MethodSource("boundaries")
    void isFiniteOnTheClosedEdgeOfTheSupport(Case c) {
        double lp = evaluate(c);
        assertTrue(Double.isFinite(lp), c.label() + ": " + lp);
    }

    @org.junit.jupiter.api.Test
    void boundaryValuesAreTheLimits() {
        // Exponential(2) at 0: log 2. Gamma(1, 3) at 0: log 3. Beta(1, 2) at 0: log 2. Weibull(1, 2) at 0: -log 2.
        assertEquals(Math.log(2), evaluate(c("", "Exponential", 0, 2)), 1e-14);
        assertEquals(Math.log(3), evaluate(c("", "Gamma", 0, 1, 3)), 1e-14);
        assertEquals(Math.log(2), evaluate(c("", "Beta", 0, 1, 2)), 1e-14);
        assertEquals(-Math.log(2), evaluate(c("", "Weibull", 0, 1, 2)), 1e-14);
        assertEquals(0.0, evaluate(c("", "Flat", -3)), 0);
        assertEquals(0.0, evaluate(c("", "HalfFlat", 3)), 0);
    }
}
