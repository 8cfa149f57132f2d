package org.ppl.dist;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.apache.commons.math3.distribution.BetaDistribution;
import org.apache.commons.math3.distribution.CauchyDistribution;
import org.apache.commons.math3.distribution.ExponentialDistribution;
import org.apache.commons.math3.distribution.GammaDistribution;
import org.apache.commons.math3.distribution.LaplaceDistribution;
import org.apache.commons.math3.distribution.LogNormalDistribution;
import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.math3.distribution.TDistribution;
import org.apache.commons.math3.distribution.UniformRealDistribution;
import org.apache.commons.math3.distribution.WeibullDistribution;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.ppl.ad.Shape;
import org.ppl.dist.Harness.Arg;

/**
 * Log densities of the continuous scalar distributions against Commons Math (or, for the
 * inverse gamma, the change of variables from its gamma) at many points, for scalar values, for
 * vectors of values, and with the parameters broadcast along rows and columns of a matrix.
 */
class ContinuousDensityTest {
    /** The reference log density of one element. */
    interface Reference {
        double logDensity(double x, double[] p);
    }

    /** A distribution, its reference, parameter sets, and a range of values inside its support. */
    record Case(String name, Reference reference, double[][] parameterSets, double lo, double hi) {
        @Override
        public String toString() {
            return name;
        }
    }

    private static final double LOG_2 = Math.log(2);

    static Stream<Case> cases() {
        return Stream.of(
                new Case("Normal", (x, p) -> new NormalDistribution(null, p[0], p[1]).logDensity(x),
                        new double[][] {{0, 1}, {-2.5, 0.3}, {10, 7}}, -12, 12),
                new Case("HalfNormal", (x, p) -> LOG_2 + new NormalDistribution(null, 0, p[0]).logDensity(x),
                        new double[][] {{1}, {0.2}, {15}}, 0, 6),
                new Case("HalfCauchy", (x, p) -> LOG_2 + Math.log(new CauchyDistribution(null, 0, p[0]).density(x)),
                        new double[][] {{5}, {0.5}}, 0, 40),
                new Case("Cauchy", (x, p) -> Math.log(new CauchyDistribution(null, p[0], p[1]).density(x)),
                        new double[][] {{0, 1}, {3, 0.25}}, -20, 20),
                new Case("StudentT", (x, p) -> new TDistribution(null, p[0]).logDensity((x - p[1]) / p[2]) - Math.log(p[2]),
                        new double[][] {{3, 0, 1}, {0.7, 2, 3}, {30, -1, 0.5}}, -10, 10),
                new Case("HalfStudentT",
                        (x, p) -> LOG_2 + new TDistribution(null, p[0]).logDensity(x / p[1]) - Math.log(p[1]),
                        new double[][] {{3, 1}, {1.5, 2.5}}, 0, 12),
                new Case("Laplace", (x, p) -> new LaplaceDistribution(null, p[0], p[1]).logDensity(x),
                        new double[][] {{0, 1}, {-3, 0.4}}, -8, 8),
                new Case("LogNormal", (x, p) -> new LogNormalDistribution(null, p[0], p[1]).logDensity(x),
                        new double[][] {{0, 1}, {1.5, 0.3}}, 0.01, 12),
                new Case("Exponential", (x, p) -> new ExponentialDistribution(null, 1 / p[0]).logDensity(x),
                        new double[][] {{1}, {0.2}, {7}}, 0, 5),
                new Case("Gamma", (x, p) -> new GammaDistribution(null, p[0], 1 / p[1]).logDensity(x),
                        new double[][] {{2, 1}, {0.5, 3}, {40, 8}, {1, 0.5}}, 0.01, 9),
                new Case("InverseGamma", (x, p) -> new GammaDistribution(null, p[0], 1 / p[1]).logDensity(1 / x)
                        - 2 * Math.log(x), new double[][] {{5, 5}, {0.8, 2}, {2.5, 0.3}}, 0.02, 6),
                new Case("Beta", (x, p) -> new BetaDistribution(null, p[0], p[1]).logDensity(x),
                        new double[][] {{2, 3}, {0.5, 0.5}, {1, 1}, {30, 4}}, 0.001, 0.999),
                new Case("Uniform", (x, p) -> new UniformRealDistribution(null, p[0], p[1]).logDensity(x),
                        new double[][] {{-3, 20}}, -3, 20),
                new Case("Weibull", (x, p) -> new WeibullDistribution(null, p[0], p[1]).logDensity(x),
                        new double[][] {{1.5, 2}, {0.7, 1}, {5, 0.5}}, 0.01, 4));
    }

    private static final Random RANDOM = new Random(20240601);

    private static double[] points(Case c, int count) {
        double[] x = new double[count];
        for (int i = 0; i < count; i++) x[i] = c.lo() + (c.hi() - c.lo()) * RANDOM.nextDouble();
        return x;
    }

    private static Arg[] scalars(double[] p) {
        Arg[] args = new Arg[p.length];
        for (int j = 0; j < p.length; j++) args[j] = Arg.scalar(p[j]);
        return args;
    }

    private static void assertClose(double expected, double actual, String what) {
        assertEquals(expected, actual, 1e-10 * Math.max(1, Math.abs(expected)), what);
    }

    @ParameterizedTest
    @MethodSource("cases")
    void scalarValuesMatchTheReference(Case c) {
        Distribution d = Harness.dist(c.name());
        for (double[] p : c.parameterSets()) {
            for (double x : points(c, 25)) {
                double lp = Harness.logDensity(d, Arg.scalar(x), scalars(p));
                assertClose(c.reference().logDensity(x, p), lp, c + " at x = " + x + ", " + List.of(p));
            }
        }
    }

    @ParameterizedTest
    @MethodSource("cases")
    void aVectorOfValuesSumsTheElements(Case c) {
        Distribution d = Harness.dist(c.name());
        for (double[] p : c.parameterSets()) {
            double[] x = points(c, 40);
            double expected = 0;
            for (double v : x) expected += c.reference().logDensity(v, p);
            assertClose(expected, Harness.logDensity(d, Arg.vector(x), scalars(p)), c + " vector");
        }
    }

    /**
     * A (3, 4) value; the first parameter a row (4,), the second a column (3, 1), any third a
     * scalar. Each parameter takes values near its first parameter set, scaled up a little.
     */
    @ParameterizedTest
    @MethodSource("cases")
    void parametersBroadcastAlongRowsAndColumns(Case c) {
        Distribution d = Harness.dist(c.name());
        double[] base = c.parameterSets()[0];
        if (base.length == 0) return;
        Shape valueShape = Shape.matrix(3, 4);
        double[] x = points(c, 12);
        Shape[] shapes = {Shape.vector(4), Shape.matrix(3, 1), Shape.SCALAR};
        Arg[] args = new Arg[base.length];
        for (int j = 0; j < base.length; j++) {
            double[] v = new double[shapes[j].size()];
            for (int i = 0; i < v.length; i++) v[i] = base[j] * (1 + 0.1 * i) + (base[j] == 0 ? 0.1 * i : 0);
            args[j] = new Arg(shapes[j], v);
        }
        if (c.name().equals("Uniform")) {
            // Keep every value inside its interval: lower below every x, upper above.
            args[0] = Arg.vector(-3, -3.5, -4, -4.5);
            args[1] = Arg.matrix(3, 1, 20, 21, 22);
        }
        double expected = 0;
        for (int r = 0; r < 3; r++) {
            for (int col = 0; col < 4; col++) {
                double[] p = new double[base.length];
                for (int j = 0; j < base.length; j++) {
                    double[] v = args[j].values();
                    p[j] = j == 0 ? v[col] : j == 1 ? v[r] : v[0];
                }
                expected += c.reference().logDensity(x[r * 4 + col], p);
            }
        }
        assertClose(expected, Harness.logDensity(d, new Arg(valueShape, x), args), c + " broadcast");
    }
}
