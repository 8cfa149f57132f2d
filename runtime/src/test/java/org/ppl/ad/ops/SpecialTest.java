package org.ppl.ad.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.ppl.ad.ops.OpsTesting.assertClose;

import org.apache.commons.math3.special.Beta;
import org.apache.commons.math3.special.Gamma;
import org.junit.jupiter.api.Test;

class SpecialTest {
    /** x, log |Γ(x)|, ψ(x), ψ₁(x), computed with mpmath at 40 digits. */
    private static final double[][] GAMMA_TABLE = {
        {1e-300, 690.77552789821370518, -9.9999999999999997494e+299, Double.POSITIVE_INFINITY}, // ψ₁ = 1e600 overflows,
        {1e-10, 23.025850929882735237, -10000000000.5772153, 99999999999999992715.0},
        {0.001, 6.9071788853838536617, -1000.5755719318102797, 1000001.6425331958273},
        {0.1, 2.252712651734205902, -10.423754940411076232, 101.4332991507927477},
        {0.5, 0.57236494292470008707, -1.9635100260214234794, 4.9348022005446793094},
        {1, 0.0, -0.57721566490153286061, 1.6449340668482264365},
        {1.4616321449683622, -0.1214862905358496081, -9.2412655217294275168e-17, 0.967672245447621255},
        {2, 0.0, 0.42278433509846713939, 0.64493406684822643647},
        {2.5, 0.28468287047291915963, 0.70315664064524318723, 0.49035775610023486497},
        {7.3, 7.1478925230222486921, 1.9178203356379860723, 0.14679576813142710199},
        {9.99, 12.77931521435019336, 2.250700372831201122, 0.10527695014824178439},
        {10, 12.801827480081469611, 2.2517525890667211076, 0.10516633568168574612},
        {10.01, 12.824350262448247282, 2.2528037003181357367, 0.10505595320551509142},
        {33.3, 82.603723581654943008, 3.4904672385202427773, 0.03048544409533888779},
        {150, 600.00947055532742811, 5.00729825707567927, 0.0066889382711659947299},
        {1e5, 1051287.7089736568949, 11.512920464961895087, 0.000010000050000166666667},
        {1e15, 33538776394910668.91, 34.53877639491068476, 1.0000000000000005e-15},
        {-0.5, 1.2655121234846453965, 0.036489973978576520559, 8.9348022005446793094},
        {-1.5, 0.86004701537648101451, 0.70315664064524318723, 9.3792466449891237539},
        {-2.25, 0.55550154502064747059, 4.1585835646579722748, 19.379410511869137363},
        {-3.9, -0.70946800890839232847, -8.1850901972091193518, 103.12952764607810479},
        {-10.1, -13.02097327101149852, 12.03005224854830926, 103.26156923946724557},
        {-20.7, -43.105133189536223951, 0.77159318508250554436, 15.032252630716735051},
        {-100000.5, -1051303.8336357184883, 11.512935464924395337, 9.8695944011893577022},
    };

    /** a, b, log |B(a, b)|, computed with mpmath at 40 digits. */
    private static final double[][] BETA_TABLE = {
        {0.5, 0.5, 1.1447298858494001741},
        {1, 1, 0.0},
        {2, 3, -2.4849066497880003102},
        {1e-08, 5, 18.420680723119032189},
        {5, 1e-08, 18.420680723119032189},
        {100, 200, -192.13419227497895189},
        {1e5, 3, -33.845659214100742951},
        {1e10, 1e10, -13862943621.44631953},
        {0.3, -0.7, 1.2337463436314933723},
        {-1.5, 4.2, 2.4737820986819663832},
        {15, 1e6, -182.04154218621793374},
        {3, 12, -6.9957661563048503514},
        {0.5, 30, -1.1240672740766992267},
        {10, 10, -13.736229227036554814},
        {12, 0.4, -0.18725986959238510053},
        {1e-300, 1e300, 690.77552789821370518},
        {2.5, 1e15, -86.062258116803795866},
    };

    @Test
    void gammaFamilyMatchesHighPrecisionValues() {
        for (double[] row : GAMMA_TABLE) {
            double x = row[0];
            assertClose(row[1], Special.lgamma(x), 1e-14, "lgamma(" + x + ")");
            assertClose(row[2], Special.digamma(x), 1e-14, "digamma(" + x + ")");
            // Relative throughout: trigamma ranges over 600 orders of magnitude.
            if (Double.isInfinite(row[3])) assertEquals(row[3], Special.trigamma(x), 0);
            else assertEquals(1.0, Special.trigamma(x) / row[3], 1e-13, "trigamma(" + x + ")");
        }
    }

    @Test
    void logBetaMatchesCommonsMath() {
        for (double a = 0.01; a < 3000; a *= 2.3) {
            for (double b = 0.02; b < 3000; b *= 1.9) {
                assertClose(Beta.logBeta(a, b), Special.lbeta(a, b), 1e-14, "lbeta(" + a + ", " + b + ")");
            }
        }
    }

    @Test
    void gammaFamilyMatchesCommonsMath() {
        // Commons Math's digamma is off by about 3e-9 below 49 (its asymptotic series starts there).
        for (double x = 0.01; x < 60; x *= 1.37) {
            assertClose(Gamma.logGamma(x), Special.lgamma(x), 1e-15, "lgamma(" + x + ")");
            assertClose(Gamma.digamma(x), Special.digamma(x), 1e-8, "digamma(" + x + ")");
            assertEquals(1.0, Special.trigamma(x) / Gamma.trigamma(x), 1e-11, "trigamma(" + x + ")");
        }
        for (double x = -0.07; x > -30; x *= 1.41) {
            assertClose(Math.log(Math.abs(Gamma.gamma(x))), Special.lgamma(x), 1e-12, "lgamma(" + x + ")");
            assertClose(Gamma.digamma(x), Special.digamma(x), 1e-8, "digamma(" + x + ")");
        }
    }

    @Test
    void polesAndNonFiniteArguments() {
        for (double pole : new double[] {0, -0.0, -1, -2, -50, -1e20}) {
            assertEquals(Double.POSITIVE_INFINITY, Special.lgamma(pole), 0);
            assertEquals(Double.NaN, Special.digamma(pole), 0);
            assertEquals(Double.POSITIVE_INFINITY, Special.trigamma(pole), 0);
        }
        assertEquals(Double.POSITIVE_INFINITY, Special.lgamma(Double.POSITIVE_INFINITY), 0);
        assertEquals(Double.POSITIVE_INFINITY, Special.lgamma(Double.NEGATIVE_INFINITY), 0);
        assertEquals(Double.POSITIVE_INFINITY, Special.digamma(Double.POSITIVE_INFINITY), 0);
        assertEquals(0.0, Special.trigamma(Double.POSITIVE_INFINITY), 0);
        assertEquals(Double.NaN, Special.lgamma(Double.NaN), 0);
        assertEquals(Double.NaN, Special.digamma(Double.NaN), 0);
        assertEquals(Double.NaN, Special.trigamma(Double.NaN), 0);
    }

    @Test
    void logBetaMatchesHighPrecisionValues() {
        for (double[] row : BETA_TABLE) {
            assertClose(row[2], Special.lbeta(row[0], row[1]), 1e-13, "lbeta(" + row[0] + ", " + row[1] + ")");
        }
        assertEquals(Double.NEGATIVE_INFINITY, Special.lbeta(-2.5, -3.5), 0);
        assertEquals(Double.POSITIVE_INFINITY, Special.lbeta(0, 1), 0);
    }

    @Test
    void angleReductionIsExact() {
        assertEquals(0.0, Special.sinPi(-3), 0);
        assertEquals(1.0, Special.sinPi(0.5), 0);
        assertEquals(-1.0, Special.sinPi(-0.5), 0);
        assertEquals(1.0, Special.sinPi(1e15 + 0.5), 0);
        assertEquals(Math.sin(Math.PI * 0.25), Special.sinPi(-1.75), 1e-16);
        assertEquals(1.0, Special.tanPi(0.25), 1e-15);
        assertEquals(-1.0, Special.tanPi(-4.25), 1e-15);
    }
}
