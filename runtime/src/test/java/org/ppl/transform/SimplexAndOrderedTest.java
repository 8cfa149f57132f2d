package org.ppl.transform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.ppl.transform.TransformTestSupport.ROUND_TRIP_TOLERANCE;
import static org.ppl.transform.TransformTestSupport.allCoordinates;
import static org.ppl.transform.TransformTestSupport.assertAllGradients;
import static org.ppl.transform.TransformTestSupport.assertClose;
import static org.ppl.transform.TransformTestSupport.assertLogJacobianMatchesDeterminant;
import static org.ppl.transform.TransformTestSupport.assertNoNaN;
import static org.ppl.transform.TransformTestSupport.gaussian;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.ppl.ad.Shape;
import org.ppl.ad.ShapeException;
import org.ppl.ad.Tape;
import org.ppl.transform.TransformTestSupport.Bound;

/** The simplex (stick-breaking) and ordered transforms. */
class SimplexAndOrderedTest {
    private static final int[] SIZES = {1, 2, 3, 5, 10};

    private static Bound simplex(int k) {
        return new Bound(t -> new Simplex(), Shape.vector(k));
    }

    private static Bound ordered(int k) {
        return new Bound(t -> new Ordered(), Shape.vector(k));
    }

    /** Stan's stick-breaking written as in its reference manual, with the stick as 1 - sum. */
    private static double[] stickBreaking(double[] y, double[] logJ) {
        int k1 = y.length;
        double[] x = new double[k1 + 1];
        double stick = 1;
        logJ[0] = 0;
        for (int k = 0; k < k1; k++) {
            double z = 1 / (1 + Math.exp(-(y[k] - Math.log(k1 - k))));
            x[k] = stick * z;
            logJ[0] += Math.log(stick) + Math.log(z) + Math.log(1 - z);
            stick -= x[k];
        }
        x[k1] = stick;
        return x;
    }

    @Test
    void simplexFollowsStanStickBreaking() {
        Random r = new Random(11);
        for (int k : SIZES) {
            Bound b = simplex(k);
            assertEquals(k - 1, b.free.size());
            double[] uniform = b.forward(new double[k - 1]);
            for (double v : uniform) assertEquals(1.0 / k, v, 1e-15, "y = 0 is the uniform simplex");
            double[] y = gaussian(r, k - 1, 1.5);
            double[] logJ = new double[1];
            double[] expected = stickBreaking(y, logJ);
            assertClose(expected, b.forward(y), 1e-14, "simplex value");
            assertEquals(logJ[0], b.logJacobian(y), 1e-12);
            assertEquals(1.0, Arrays.stream(b.forward(y)).sum(), 1e-14);
        }
    }

    @Test
    void simplexRoundTripsAndLogDeterminant() {
        Random r = new Random(12);
        for (int k : SIZES) {
            Bound b = simplex(k);
            double[] x = new double[k];
            double total = 0;
            for (int i = 0; i < k; i++) total += x[i] = -Math.log(r.nextDouble());
            for (int i = 0; i < k; i++) x[i] /= total;
            assertClose(x, b.forward(b.inverse(x)), ROUND_TRIP_TOLERANCE, "simplex inverse then forward");
            double[] y = gaussian(r, k - 1, 2);
            assertClose(y, b.inverse(b.forward(y)), ROUND_TRIP_TOLERANCE, "simplex forward then inverse");
            assertLogJacobianMatchesDeterminant(b, y, allCoordinates(k - 1));
        }
    }

    @Test
    void simplexGradients() {
        Random r = new Random(13);
        for (int k : SIZES) assertAllGradients(in -> new Simplex(), Shape.vector(k), gaussian(r, k - 1, 1.5));
    }

    @Test
    void simplexAtExtremeFreeValues() {
        int k = 30;
        double[][] points = {filled(k - 1, 40), filled(k - 1, -40), alternating(k - 1)};
        for (double[] y : points) {
            Bound b = simplex(k);
            assertNoNaN(b, y);
            double[] x = b.forward(y);
            assertEquals(1.0, Arrays.stream(x).sum(), 1e-12);
            for (double v : x) assertTrue(v >= 0, "entries stay non-negative: " + Arrays.toString(x));
        }
    }

    @Test
    void simplexInverseErrors() {
        Bound b = simplex(3);
        assertMessage("element 2 is -0.1, outside (0, 1)", () -> b.inverse(new double[] {0.5, 0.6, -0.1}));
        assertMessage("element 0 is 1.5, outside (0, 1)", () -> b.inverse(new double[] {1.5, 0.25, 0.25}));
        assertMessage("the elements sum to 0.75, not 1", () -> b.inverse(new double[] {0.25, 0.25, 0.25}));
        assertEquals(0, simplex(1).inverse(new double[] {1}).length);
        ShapeException e = assertThrows(ShapeException.class,
                () -> new Simplex().bind(new Tape().variable(Shape.vector(3)), Shape.matrix(2, 2)));
        assertEquals("simplex: the value must be a vector of at least one element, not (2, 2)", e.getMessage());
    }

    @Test
    void orderedFollowsItsFormula() {
        Random r = new Random(21);
        for (int k : SIZES) {
            Bound b = ordered(k);
            double[] y = gaussian(r, k, 1.5);
            double[] x = b.forward(y);
            double expected = y[0], logJ = 0;
            assertEquals(expected, x[0], 0);
            for (int i = 1; i < k; i++) {
                expected += Math.exp(y[i]);
                logJ += y[i];
                assertEquals(expected, x[i], 1e-14 * Math.abs(expected));
                assertTrue(x[i] > x[i - 1]);
            }
            assertEquals(logJ, b.logJacobian(y), 1e-14);
        }
    }

    @Test
    void orderedRoundTripsLogDeterminantAndGradients() {
        Random r = new Random(22);
        for (int k : SIZES) {
            Bound b = ordered(k);
            double[] x = gaussian(r, k, 3);
            Arrays.sort(x);
            assertClose(x, b.forward(b.inverse(x)), ROUND_TRIP_TOLERANCE, "ordered inverse then forward");
            double[] y = gaussian(r, k, 2);
            assertClose(y, b.inverse(b.forward(y)), ROUND_TRIP_TOLERANCE, "ordered forward then inverse");
            assertLogJacobianMatchesDeterminant(b, y, allCoordinates(k));
            assertAllGradients(in -> new Ordered(), Shape.vector(k), gaussian(r, k, 1.5));
        }
    }

    @Test
    void orderedAtExtremeFreeValuesAndErrors() {
        assertNoNaN(ordered(20), filled(20, 40));
        assertNoNaN(ordered(20), filled(20, -40));
        assertNoNaN(ordered(19), alternating(19));
        Bound b = ordered(4);
        assertMessage("element 2 is 2, not above element 1 (2)", () -> b.inverse(new double[] {1, 2, 2, 3}));
        assertMessage("element 1 is -1, not above element 0 (0.5)", () -> b.inverse(new double[] {0.5, -1, 2, 3}));
        assertMessage("element 3 is NaN, not a finite number", () -> b.inverse(new double[] {0, 1, 2, Double.NaN}));
        ShapeException e = assertThrows(ShapeException.class,
                () -> new Ordered().bind(new Tape().variable(Shape.vector(1)), Shape.SCALAR));
        assertEquals("ordered: the value must be a vector, not ()", e.getMessage());
    }

    static double[] filled(int n, double v) {
        double[] a = new double[n];
        Arrays.fill(a, v);
        return a;
    }

    static double[] alternating(int n) {
        double[] a = new double[n];
        for (int i = 0; i < n; i++) a[i] = i % 2 == 0 ? 40 : -40;
        return a;
    }

    private static void assertMessage(String expected, Runnable r) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, r::run);
        assertEquals(expected, e.getMessage());
    }
}
