package org.ppl.dist;

import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.ppl.ad.Shape;
import org.ppl.dist.Harness.Arg;

/**
 * Gradients of every scalar distribution with respect to the value and every parameter, by
 * finite differences, at scalar, vector and matrix shapes, with parameters broadcast along rows
 * and columns (1x1, n x 1, 1 x n, n x m). Discrete distributions are differentiated in their
 * parameters only, their value held as data.
 */
class ScalarGradientTest {
    /** A range [lo, hi] to draw one input from. */
    record Range(double lo, double hi) {}

    /** A distribution with ranges for its value and parameters inside their domains. */
    record Case(String name, String keyword, boolean discrete, Range value, Range... params) {
        @Override
        public String toString() {
            return name + (keyword.isEmpty() ? "" : "(" + keyword + "=)");
        }
    }

    private static Range r(double lo, double hi) {
        return new Range(lo, hi);
    }

    static Stream<Case> cases() {
        return Stream.of(
                new Case("Normal", "", false, r(-3, 3), r(-1, 1), r(0.5, 2)),
                new Case("HalfNormal", "", false, r(0.1, 3), r(0.5, 2)),
                new Case("HalfCauchy", "", false, r(0.1, 6), r(0.5, 3)),
                new Case("Cauchy", "", false, r(-4, 4), r(-1, 1), r(0.5, 2)),
                new Case("StudentT", "", false, r(-4, 4), r(1.5, 8), r(-1, 1), r(0.5, 2)),
                new Case("HalfStudentT", "", false, r(0.1, 5), r(1.5, 8), r(0.5, 2)),
                new Case("LogNormal", "", false, r(0.2, 5), r(-1, 1), r(0.5, 2)),
                new Case("Exponential", "", false, r(0.1, 4), r(0.3, 3)),
                new Case("Gamma", "", false, r(0.2, 5), r(0.6, 4), r(0.5, 3)),
                new Case("InverseGamma", "", false, r(0.2, 5), r(0.6, 4), r(0.5, 3)),
                new Case("Beta", "", false, r(0.1, 0.9), r(0.6, 4), r(0.5, 3)),
                new Case("Weibull", "", false, r(0.2, 3), r(0.6, 4), r(0.5, 3)),
                new Case("Flat", "", false, r(-3, 3)),
                new Case("HalfFlat", "", false, r(0.1, 3)),
                new Case("Bernoulli", "p", true, null, r(0.1, 0.9)),
                new Case("Bernoulli", "logit_p", true, null, r(-3, 3)),
                new Case("Poisson", "", true, null, r(0.5, 9)),
                new Case("NegativeBinomial", "", true, null, r(0.5, 9), r(0.3, 5)));
    }

    private static final Shape[][] LAYOUTS = {
        // value, then the shapes of parameters 1, 2, 3 (extra entries ignored)
        {Shape.SCALAR, Shape.SCALAR, Shape.SCALAR, Shape.SCALAR},
        {Shape.vector(5), Shape.SCALAR, Shape.SCALAR, Shape.SCALAR},
        {Shape.vector(4), Shape.vector(4), Shape.vector(4), Shape.vector(4)},
        {Shape.matrix(3, 4), Shape.vector(4), Shape.matrix(3, 1), Shape.SCALAR},
        {Shape.matrix(1, 1), Shape.matrix(1, 1), Shape.SCALAR, Shape.matrix(1, 1)},
        {Shape.matrix(4, 1), Shape.SCALAR, Shape.matrix(4, 1), Shape.vector(1)},
        {Shape.matrix(1, 4), Shape.matrix(1, 4), Shape.SCALAR, Shape.vector(4)},
    };

    private static Arg draw(Random random, Shape shape, Range range) {
        return Harness.uniform(random, shape, range.lo(), range.hi());
    }

    /** Counts for discrete values: binary for Bernoulli, small counts otherwise. */
    private static Arg counts(Random random, Shape shape, boolean binary) {
        double[] v = new double[shape.size()];
        for (int i = 0; i < v.length; i++) v[i] = binary ? random.nextInt(2) : random.nextInt(12);
        return new Arg(shape, v);
    }

    @ParameterizedTest
    @MethodSource("cases")
    void gradientsAtEveryLayout(Case c) {
        Distribution d = c.keyword().isEmpty() ? Harness.dist(c.name()) : Harness.dist(c.name(), c.keyword());
        Random random = new Random(c.name().hashCode());
        for (Shape[] layout : LAYOUTS) {
            Arg[] args = new Arg[c.params().length];
            for (int j = 0; j < args.length; j++) args[j] = draw(random, layout[j + 1], c.params()[j]);
            if (c.discrete()) {
                Harness.checkArgumentGradient(d, counts(random, layout[0], c.name().equals("Bernoulli")), args);
            } else {
                Harness.checkGradient(d, draw(random, layout[0], c.value()), args);
            }
        }
    }

    @ParameterizedTest
    @MethodSource("cases")
    void gradientsWhenTheValueIsSmallerThanTheParameters(Case c) {
        Distribution d = c.keyword().isEmpty() ? Harness.dist(c.name()) : Harness.dist(c.name(), c.keyword());
        Random random = new Random(17);
        Arg[] args = new Arg[c.params().length];
        for (int j = 0; j < args.length; j++) args[j] = draw(random, j == 0 ? Shape.matrix(2, 3) : Shape.SCALAR, c.params()[j]);
        if (c.discrete()) {
            Harness.checkArgumentGradient(d, counts(random, Shape.vector(3), c.name().equals("Bernoulli")), args);
        } else {
            Harness.checkGradient(d, draw(random, Shape.vector(3), c.value()), args);
        }
    }

    @org.junit.jupiter.api.Test
    void laplaceAwayFromItsKink() {
        Distribution d = Harness.dist("Laplace");
        Arg x = Arg.vector(-3, -1.5, 1.2, 2.5, 4);
        Harness.checkGradient(d, x, Arg.scalar(0.3), Arg.scalar(1.4));
        Harness.checkGradient(d, Arg.matrix(2, 2, -2, 2, 3, -3), Arg.vector(0.1, -0.2), Arg.matrix(2, 1, 0.7, 2));
    }

    @org.junit.jupiter.api.Test
    void uniformBounds() {
        Distribution d = Harness.dist("Uniform");
        Harness.checkGradient(d, Arg.vector(-0.5, 0, 0.5), Arg.scalar(-1.5), Arg.scalar(2));
        Harness.checkGradient(d, Arg.matrix(2, 3, -0.5, 0, 0.5, 0.1, 0.2, 0.3), Arg.vector(-1, -2, -3), Arg.matrix(2, 1, 1, 4));
    }

    @org.junit.jupiter.api.Test
    void binomialInItsProbabilityAndLogit() {
        Distribution byP = Harness.dist("Binomial");
        Distribution byLogit = Harness.dist("Binomial", "logit_p");
        Arg y = Arg.vector(0, 3, 7, 10);
        Arg n = Arg.vector(4, 5, 9, 10);
        // n is an integer parameter without a gradient: held as data with the value.
        for (Distribution d : new Distribution[] {byP, byLogit}) {
            boolean logit = d == byLogit;
            Arg p = logit ? Arg.vector(-1, 0.3, 2, 0.5) : Arg.vector(0.2, 0.5, 0.7, 0.9);
            org.ppl.ad.GradientChecker.Result result = org.ppl.ad.GradientChecker.check(
                    (t, in) -> d.logDensity(t, t.constant(y.shape(), y.values()), t.constant(n.shape(), n.values()), in[0]),
                    new Shape[] {p.shape()}, new double[][] {p.values()}, 5);
            org.junit.jupiter.api.Assertions.assertTrue(result.passes(Harness.TOLERANCE), d + ": " + result);
        }
    }
}
