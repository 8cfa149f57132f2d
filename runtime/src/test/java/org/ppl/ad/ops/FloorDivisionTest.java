package org.ppl.ad.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.ppl.ad.ops.OpsTesting.checkGradientAt;
import static org.ppl.ad.ops.OpsTesting.evaluate2;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.ppl.ad.Node;
import org.ppl.ad.Shape;
import org.ppl.ad.Tape;

/** Python's {@code //} and {@code %}: the values CPython gives, and the gradient of {@code %} between its jumps. */
class FloorDivisionTest {
    // a, b, a // b, a % b as CPython 3 prints them.
    private static final double[][] PYTHON = {
        {7, 2, 3, 1}, {-7, 2, -4, 1}, {7, -2, -4, -1}, {-7, -2, 3, -1}, {6, 3, 2, 0}, {-6, 3, -2, 0},
        {7.5, 2, 3, 1.5}, {-7.5, 2, -4, 0.5}, {0.3, 0.1, 2, 0.09999999999999998}, {1e16, 3, 3333333333333333.0, 1},
        {5, 0.5, 10, 0}, {-0.5, 1, -1, 0.5}, {0, 5, 0, 0},
    };

    @Test
    void valuesAreCPythons() {
        for (double[] row : PYTHON) {
            String what = row[0] + " // " + row[1];
            assertEquals(row[2], FloorDivision.floorDivide(row[0], row[1]), 0.0, what);
            assertEquals(row[3], FloorDivision.mod(row[0], row[1]), 0.0, row[0] + " % " + row[1]);
        }
    }

    @Test
    void wholeNumbersSatisfyTheDivisionIdentity() {
        Random r = new Random(3);
        for (int i = 0; i < 2000; i++) {
            double a = r.nextInt(2001) - 1000;
            double b = r.nextInt(41) - 20;
            if (b == 0) continue;
            double q = FloorDivision.floorDivide(a, b);
            double m = FloorDivision.mod(a, b);
            assertEquals(Math.floorDiv((long) a, (long) b), (long) q, a + " // " + b);
            assertEquals(Math.floorMod((long) a, (long) b), (long) m, a + " % " + b);
            assertEquals(a, q * b + m, 0.0);
        }
    }

    @Test
    void zeroDivisorGivesNumpysValues() {
        double[] q = evaluate2(FloorDivide::new, Shape.vector(3), new double[] {1, -1, 0}, Shape.SCALAR, new double[] {0});
        assertEquals(Double.POSITIVE_INFINITY, q[0]);
        assertEquals(Double.NEGATIVE_INFINITY, q[1]);
        assertTrue(Double.isNaN(q[2]));
        double[] m = evaluate2(Modulo::new, Shape.vector(2), new double[] {1, -1}, Shape.SCALAR, new double[] {0});
        assertTrue(Double.isNaN(m[0]) && Double.isNaN(m[1]));
    }

    @Test
    void broadcastsAndFloorDivisionCarriesNoGradient() {
        Tape t = new Tape();
        Node a = t.variable(Shape.matrix(2, 3));
        Node b = t.variable(Shape.vector(3));
        Node q = t.push(new FloorDivide(a, b));
        assertEquals(Shape.matrix(2, 3), q.shape);
        assertNull(q.adjoint);
        assertTrue(t.push(new Modulo(a, b)).isDifferentiable());
    }

    @Test
    void moduloGradientAwayFromJumps() {
        // With b in [1, 1.01] and a = n + u, u in [0.1, 0.8], |a| < 5, no a / b crosses a whole number
        // over the finite-difference steps, so the quotient (and d/db = -(a // b)) is fixed.
        Random r = new Random(8);
        for (Shape[] pair : OpsTesting.BROADCAST_PAIRS) {
            double[] a = new double[pair[0].size()];
            for (int k = 0; k < a.length; k++) a[k] = r.nextInt(9) - 4 + 0.1 + 0.7 * r.nextDouble();
            double[] b = OpsTesting.uniform(pair[1], 1.0, 1.01, r);
            checkGradientAt((t, in) -> t.push(new Modulo(in[0], in[1])), new double[][] {a, b}, pair);
        }
    }
}
