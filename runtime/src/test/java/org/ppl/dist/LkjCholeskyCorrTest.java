package org.ppl.dist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.apache.commons.math3.analysis.integration.gauss.GaussIntegrator;
import org.apache.commons.math3.analysis.integration.gauss.GaussIntegratorFactory;
import org.apache.commons.math3.distribution.BetaDistribution;
import org.apache.commons.math3.special.Beta;
import org.junit.jupiter.api.Test;
import org.ppl.ad.GradientChecker;
import org.ppl.ad.Node;
import org.ppl.ad.Shape;
import org.ppl.ad.Tape;
import org.ppl.dist.Harness.Arg;

/**
 * LKJCholeskyCorr: for n = 2 the single correlation r has density (1 - r^2)^(eta - 1) /
 * (2^(2 eta - 1) B(eta, eta)); for larger n the normaliser against Lewandowski, Kurowicka and
 * Joe (2009), eq. 16; for n = 3 the density integrates to one over the free entries.
 */
class LkjCholeskyCorrTest {
    private static final Distribution LKJ = Harness.dist("LKJCholeskyCorr");

    private static double lp(double[] l, int n, double eta) {
        return Harness.logDensity(LKJ, Arg.matrix(n, n, l), Arg.scalar(n), Arg.scalar(eta));
    }

    @Test
    void twoByTwoIsTheDensityOfTheCorrelation() {
        for (double eta : new double[] {0.5, 1, 2.5, 10}) {
            BetaDistribution beta = new BetaDistribution(null, eta, eta);
            for (double r : new double[] {-0.95, -0.3, 0, 0.4, 0.99}) {
                double[] l = {1, 0, r, Math.sqrt(1 - r * r)};
                // r = 2 B - 1 with B ~ Beta(eta, eta): log p(r) = log p_B((r + 1) / 2) - log 2.
                double expected = beta.logDensity((r + 1) / 2) - Math.log(2);
                assertEquals(expected, lp(l, 2, eta), 1e-10, "eta " + eta + " r " + r);
            }
        }
    }

    /** -log C(n, eta) by eq. 16 of Lewandowski et al. (2009), a formula distinct from the code's. */
    private static double lkjLogIntegral(int n, double eta) {
        double s = 0;
        for (int k = 1; k < n; k++) {
            double b = eta + 0.5 * (n - k - 1);
            s += (2 * eta - 2 + n - k) * (n - k) * Math.log(2) + (n - k) * Beta.logBeta(b, b);
        }
        return s;
    }

    @Test
    void theNormaliserAgreesWithTheLkjPaper() {
        for (int n = 2; n <= 7; n++) {
            for (double eta : new double[] {0.3, 1, 1.7, 4}) {
                double[] identity = new double[n * n];
                for (int i = 0; i < n; i++) identity[i * n + i] = 1;
                // At the identity every log L_ii is 0, so the density is the normaliser itself.
                assertEquals(-lkjLogIntegral(n, eta), lp(identity, n, eta), 1e-10, "n " + n + " eta " + eta);
            }
        }
        // The volume of 3x3 correlation matrices is pi^2 / 2.
        assertEquals(-Math.log(Math.PI * Math.PI / 2), lp(new double[] {1, 0, 0, 0, 1, 0, 0, 0, 1}, 3, 1), 1e-12);
    }

    @Test
    void threeByThreeIntegratesToOne() {
        for (double eta : new double[] {1, 2.5}) {
            assertEquals(1.0, integrateThreeByThree(eta), 1e-6, "eta " + eta);
        }
    }

    /**
     * The integral over L21 in (-1, 1) and (L31, L32) in the unit disc, in coordinates L21 = sin t,
     * (L31, L32) = sin(u) (cos v, sin v), Gauss-Legendre in each.
     */
    private static double integrateThreeByThree(double eta) {
        Tape tape = new Tape();
        Node l = tape.variable(Shape.matrix(3, 3));
        Node out = LKJ.logDensity(tape, l, tape.constant(3), tape.constant(eta));
        GaussIntegratorFactory factory = new GaussIntegratorFactory();
        GaussIntegrator t = factory.legendre(40, -Math.PI / 2, Math.PI / 2);
        GaussIntegrator u = factory.legendre(40, 0, Math.PI / 2);
        GaussIntegrator v = factory.legendre(40, 0, 2 * Math.PI);
        double total = 0;
        for (int i = 0; i < t.getNumberOfPoints(); i++) {
            double l21 = Math.sin(t.getPoint(i));
            for (int j = 0; j < u.getNumberOfPoints(); j++) {
                double rho = Math.sin(u.getPoint(j));
                for (int k = 0; k < v.getNumberOfPoints(); k++) {
                    double l31 = rho * Math.cos(v.getPoint(k));
                    double l32 = rho * Math.sin(v.getPoint(k));
                    double[] m = {1, 0, 0, l21, Math.sqrt(1 - l21 * l21), 0, l31, l32, Math.sqrt(Math.max(0, 1 - rho * rho))};
                    System.arraycopy(m, 0, l.value, 0, 9);
                    tape.forward();
                    // Jacobians: dL21 = cos t dt; dL31 dL32 = rho d(rho) dv, d(rho) = cos u du.
                    double jacobian = Math.cos(t.getPoint(i)) * rho * Math.cos(u.getPoint(j));
                    total += t.getWeight(i) * u.getWeight(j) * v.getWeight(k) * Math.exp(out.value[0]) * jacobian;
                }
            }
        }
        return total;
    }

    @Test
    void outsideTheSupportIsMinusInfinity() {
        double r = 0.6;
        double[] good = {1, 0, r, Math.sqrt(1 - r * r)};
        assertTrue(lp(good, 2, 2) > Double.NEGATIVE_INFINITY);
        assertEquals(Double.NEGATIVE_INFINITY, lp(new double[] {1, 0, r, 0.9}, 2, 2), "row not of unit length");
        assertEquals(Double.NEGATIVE_INFINITY, lp(new double[] {1, 0.1, r, Math.sqrt(1 - r * r)}, 2, 2), "upper entry");
        assertEquals(Double.NEGATIVE_INFINITY, lp(new double[] {1, 0, r, -Math.sqrt(1 - r * r)}, 2, 2), "negative diagonal");
        assertEquals(Double.NEGATIVE_INFINITY, lp(good, 2, 0), "eta = 0");
        assertEquals(Double.NEGATIVE_INFINITY, lp(good, 2, Double.NaN), "eta NaN");
    }

    @Test
    void gradientsInTheFactorAndInEta() {
        Random random = new Random(12);
        for (int n : new int[] {1, 2, 3, 5}) {
            double[] a = new double[n * n];
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < i; j++) a[i * n + j] = random.nextGaussian() * 0.5;
                a[i * n + i] = 0.5 + random.nextDouble();
            }
            for (double eta : new double[] {0.7, 1, 3}) {
                GradientChecker.Result r = GradientChecker.check(
                        (t, in) -> LKJ.logDensity(t, t.push(new TestOps.UnitRows(in[0])), t.constant(n), in[1]),
                        new Shape[] {Shape.matrix(n, n), Shape.SCALAR}, new double[][] {a, {eta}}, 4);
                assertTrue(r.passes(Harness.TOLERANCE), "n " + n + " eta " + eta + ": " + r);
            }
        }
    }
}
