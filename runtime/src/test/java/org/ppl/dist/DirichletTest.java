package org.ppl.dist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.apache.commons.math3.distribution.BetaDistribution;
import org.apache.commons.math3.special.Gamma;
import org.junit.jupiter.api.Test;
import org.ppl.ad.GradientChecker;
import org.ppl.ad.Shape;
import org.ppl.dist.Harness.Arg;

/** Dirichlet against its formula and, for two categories, the beta density. */
class DirichletTest {
    private static final Distribution DIRICHLET = Harness.dist("Dirichlet");

    private static double direct(double[] x, double[] a) {
        double total = 0;
        double lp = 0;
        for (int k = 0; k < a.length; k++) {
            total += a[k];
            lp += (a[k] - 1) * Math.log(x[k]) - Gamma.logGamma(a[k]);
        }
        return lp + Gamma.logGamma(total);
    }

    private static double[] simplex(Random random, int k) {
        double[] x = new double[k];
        double s = 0;
        for (int i = 0; i < k; i++) {
            x[i] = 0.1 + random.nextDouble();
            s += x[i];
        }
        for (int i = 0; i < k; i++) x[i] /= s;
        return x;
    }

    @Test
    void twoCategoriesAreABeta() {
        for (double[] ab : new double[][] {{2, 3}, {0.5, 0.7}, {12, 1}}) {
            BetaDistribution beta = new BetaDistribution(null, ab[0], ab[1]);
            for (double x : new double[] {0.01, 0.3, 0.5, 0.93}) {
                assertEquals(beta.logDensity(x), Harness.logDensity(DIRICHLET, Arg.vector(x, 1 - x), Arg.vector(ab)), 1e-10);
            }
        }
    }

    @Test
    void vectorsAndRowsAgainstTheFormula() {
        Random random = new Random(8);
        double[] a = {0.7, 2, 3.5, 1};
        double[] x = simplex(random, 4);
        assertEquals(direct(x, a), Harness.logDensity(DIRICHLET, Arg.vector(x), Arg.vector(a)), 1e-10);
        // Rows sharing a, and rows with their own a.
        double[] rows = new double[12];
        double[] perRow = new double[12];
        double expectedShared = 0;
        double expectedOwn = 0;
        for (int r = 0; r < 3; r++) {
            double[] xr = simplex(random, 4);
            double[] ar = {0.5 + r, 1.5, 2 + r, 0.9};
            System.arraycopy(xr, 0, rows, r * 4, 4);
            System.arraycopy(ar, 0, perRow, r * 4, 4);
            expectedShared += direct(xr, a);
            expectedOwn += direct(xr, ar);
        }
        assertEquals(expectedShared, Harness.logDensity(DIRICHLET, Arg.matrix(3, 4, rows), Arg.vector(a)), 1e-10);
        assertEquals(expectedOwn, Harness.logDensity(DIRICHLET, Arg.matrix(3, 4, rows), Arg.matrix(3, 4, perRow)), 1e-10);
        // A scalar a broadcasts over the categories: symmetric Dirichlet.
        assertEquals(direct(x, new double[] {1.3, 1.3, 1.3, 1.3}),
                Harness.logDensity(DIRICHLET, Arg.vector(x), Arg.scalar(1.3)), 1e-10);
    }

    @Test
    void outsideTheSimplexIsMinusInfinity() {
        double[] a = {1.5, 2, 3};
        assertEquals(Double.NEGATIVE_INFINITY, Harness.logDensity(DIRICHLET, Arg.vector(0.2, 0.3, 0.5 + 1e-6), Arg.vector(a)));
        assertEquals(Double.NEGATIVE_INFINITY, Harness.logDensity(DIRICHLET, Arg.vector(-0.1, 0.6, 0.5), Arg.vector(a)));
        assertEquals(Double.NEGATIVE_INFINITY, Harness.logDensity(DIRICHLET, Arg.vector(0.2, 0.3, 0.5), Arg.vector(1, 0, 2)));
        assertEquals(Double.NEGATIVE_INFINITY, Harness.logDensity(DIRICHLET, Arg.vector(0.2, 0.3, 0.5),
                Arg.vector(1, Double.NaN, 2)));
    }

    @Test
    void gradientsThroughANormalisedValueAndInTheConcentrations() {
        Random random = new Random(9);
        for (Shape shape : new Shape[] {Shape.vector(3), Shape.matrix(4, 3), Shape.matrix(1, 5)}) {
            int k = shape.dim(shape.rank() - 1);
            Arg free = Harness.uniform(random, shape, 0.5, 2);
            Arg a = Harness.uniform(random, Shape.vector(k), 0.6, 3);
            Arg aRows = Harness.uniform(random, shape, 0.6, 3);
            for (Arg conc : new Arg[] {a, aRows}) {
                GradientChecker.Result r = GradientChecker.check(
                        (t, in) -> DIRICHLET.logDensity(t, t.push(new TestOps.RowNormalise(in[0])), in[1]),
                        new Shape[] {shape, conc.shape()}, new double[][] {free.values(), conc.values()}, 2);
                assertTrue(r.passes(Harness.TOLERANCE), shape + ": " + r);
            }
        }
    }
}
