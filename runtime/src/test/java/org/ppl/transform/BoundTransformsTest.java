package org.ppl.transform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.ppl.transform.TransformTestSupport.ROUND_TRIP_TOLERANCE;
import static org.ppl.transform.TransformTestSupport.allCoordinates;
import static org.ppl.transform.TransformTestSupport.assertAllGradients;
import static org.ppl.transform.TransformTestSupport.assertClose;
import static org.ppl.transform.TransformTestSupport.assertLogJacobianMatchesDeterminant;
import static org.ppl.transform.TransformTestSupport.assertNoNaN;
import static org.ppl.transform.TransformTestSupport.gaussian;

import java.util.List;
import java.util.Random;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.ppl.ad.Broadcast;
import org.ppl.ad.Node;
import org.ppl.ad.NumericFailure;
import org.ppl.ad.Shape;
import org.ppl.ad.ShapeException;
import org.ppl.ad.Tape;
import org.ppl.transform.TransformTestSupport.BoundInput;
import org.ppl.transform.TransformTestSupport.Bound;

/** Lower bound, upper bound and interval: values, inverses, log |J|, gradients, extremes, errors. */
class BoundTransformsTest {
    /** A value shape with the shape of a bound that broadcasts against it. */
    private record Case(Shape value, Shape bound) {}

    private static final Case[] CASES = {
        new Case(Shape.SCALAR, Shape.SCALAR), new Case(Shape.vector(1), Shape.SCALAR),
        new Case(Shape.vector(5), Shape.SCALAR), new Case(Shape.vector(5), Shape.vector(5)),
        new Case(Shape.matrix(1, 1), Shape.matrix(1, 1)), new Case(Shape.matrix(4, 1), Shape.vector(1)),
        new Case(Shape.matrix(1, 4), Shape.vector(4)), new Case(Shape.matrix(3, 4), Shape.vector(4)),
        new Case(Shape.matrix(3, 4), Shape.matrix(3, 1)), new Case(Shape.matrix(3, 4), Shape.matrix(3, 4)),
    };

    private static double[] lowerValues(Random r, Shape s) {
        double[] v = new double[s.size()];
        for (int i = 0; i < v.length; i++) v[i] = -2 + r.nextDouble();
        return v;
    }

    private static double[] upperValues(Random r, Shape s) {
        double[] v = new double[s.size()];
        for (int i = 0; i < v.length; i++) v[i] = 1 + r.nextDouble();
        return v;
    }

    private static Function<Tape, Transform> lower(Shape s, double[] lb) {
        return t -> new LowerBound(t.constant(s, lb));
    }

    private static Function<Tape, Transform> upper(Shape s, double[] ub) {
        return t -> new UpperBound(t.constant(s, ub));
    }

    private static Function<Tape, Transform> interval(Shape s, double[] lb, double[] ub) {
        return t -> new Interval(t.constant(s, lb), t.constant(s, ub));
    }

    private static int[] broadcast(Shape bound, Shape value) {
        return Broadcast.indexMap(bound, value);
    }

    @Test
    void valuesAndLogJacobiansFollowTheirFormulas() {
        Random r = new Random(1);
        for (Case c : CASES) {
            double[] lb = lowerValues(r, c.bound()), ub = upperValues(r, c.bound());
            int[] map = broadcast(c.bound(), c.value());
            double[] y = gaussian(r, c.value().size(), 2);
            double[] lo = new Bound(lower(c.bound(), lb), c.value()).forward(y);
            double[] up = new Bound(upper(c.bound(), ub), c.value()).forward(y);
            Bound in = new Bound(interval(c.bound(), lb, ub), c.value());
            double[] mid = in.forward(y);
            double sumY = 0, logJ = 0;
            for (int k = 0; k < y.length; k++) {
                double a = lb[map[k]], b = ub[map[k]], s = 1 / (1 + Math.exp(-y[k]));
                assertEquals(a + Math.exp(y[k]), lo[k], 1e-14 * Math.max(1, Math.abs(lo[k])));
                assertEquals(b - Math.exp(y[k]), up[k], 1e-14 * Math.max(1, Math.abs(up[k])));
                assertEquals(a + (b - a) * s, mid[k], 1e-14);
                sumY += y[k];
                logJ += Math.log((b - a) * s * (1 - s));
            }
            assertEquals(sumY, new Bound(lower(c.bound(), lb), c.value()).logJacobian(y), 1e-12);
            assertEquals(logJ, in.logJacobian(y), 1e-12 * Math.max(1, Math.abs(logJ)));
        }
    }

    @Test
    void roundTripsBothWays() {
        Random r = new Random(2);
        for (Case c : CASES) {
            double[] lb = lowerValues(r, c.bound()), ub = upperValues(r, c.bound());
            int[] map = broadcast(c.bound(), c.value());
            int n = c.value().size();
            double[] aboveLower = new double[n], belowUpper = new double[n], inside = new double[n];
            for (int k = 0; k < n; k++) {
                double a = lb[map[k]], b = ub[map[k]];
                aboveLower[k] = a - Math.log(r.nextDouble());
                belowUpper[k] = b + Math.log(r.nextDouble());
                inside[k] = a + (b - a) * r.nextDouble();
            }
            roundTrip(new Bound(lower(c.bound(), lb), c.value()), aboveLower, gaussian(r, n, 3));
            roundTrip(new Bound(upper(c.bound(), ub), c.value()), belowUpper, gaussian(r, n, 3));
            roundTrip(new Bound(interval(c.bound(), lb, ub), c.value()), inside, gaussian(r, n, 3));
        }
    }

    private static void roundTrip(Bound b, double[] x, double[] y) {
        assertClose(x, b.forward(b.inverse(x)), ROUND_TRIP_TOLERANCE, b.op.name() + " inverse then forward");
        assertClose(y, b.inverse(b.forward(y)), ROUND_TRIP_TOLERANCE, b.op.name() + " forward then inverse");
    }

    @Test
    void logJacobianIsTheLogDeterminantOfTheJacobian() {
        Random r = new Random(3);
        for (Case c : CASES) {
            double[] lb = lowerValues(r, c.bound()), ub = upperValues(r, c.bound());
            int[] all = allCoordinates(c.value().size());
            double[] y = gaussian(r, c.value().size(), 1.5);
            assertLogJacobianMatchesDeterminant(new Bound(lower(c.bound(), lb), c.value()), y, all);
            assertLogJacobianMatchesDeterminant(new Bound(upper(c.bound(), ub), c.value()), y, all);
            assertLogJacobianMatchesDeterminant(new Bound(interval(c.bound(), lb, ub), c.value()), y, all);
        }
    }

    @Test
    void gradientsReachTheFreeVectorAndTheBounds() {
        Random r = new Random(4);
        for (Case c : CASES) {
            double[] y = gaussian(r, c.value().size(), 1.5);
            BoundInput lb = new BoundInput(c.bound(), lowerValues(r, c.bound()));
            BoundInput ub = new BoundInput(c.bound(), upperValues(r, c.bound()));
            assertAllGradients(in -> new LowerBound(in[0]), c.value(), y, lb);
            assertAllGradients(in -> new UpperBound(in[0]), c.value(), y, ub);
            assertAllGradients(in -> new Interval(in[0], in[1]), c.value(), y, lb, ub);
        }
    }

    @Test
    void intervalGradientsWithBoundsOfDifferentShapes() {
        Random r = new Random(5);
        Shape value = Shape.matrix(3, 4);
        double[] y = gaussian(r, 12, 1.5);
        BoundInput lb = new BoundInput(Shape.SCALAR, -1.5);
        BoundInput ub = new BoundInput(Shape.matrix(3, 1), upperValues(r, Shape.vector(3)));
        assertAllGradients(in -> new Interval(in[0], in[1]), value, y, lb, ub);
        BoundInput lbRow = new BoundInput(Shape.vector(4), lowerValues(r, Shape.vector(4)));
        assertAllGradients(in -> new Interval(in[0], in[1]), value, y, lbRow, ub);
    }

    @Test
    void extremeFreeValuesGiveNoNaN() {
        double[] y = {-40, 40, -40, 40, 0, -39.5, 39.5};
        Shape s = Shape.vector(y.length);
        for (Function<Tape, Transform> make : List.<Function<Tape, Transform>>of(
                lower(Shape.SCALAR, new double[] {0.5}), upper(Shape.SCALAR, new double[] {-3}),
                interval(Shape.SCALAR, new double[] {0}, new double[] {1}),
                interval(Shape.SCALAR, new double[] {-1e6}, new double[] {1e-3}))) {
            Bound b = new Bound(make, s);
            assertNoNaN(b, y);
        }
        Bound unit = new Bound(interval(Shape.SCALAR, new double[] {0}, new double[] {1}), Shape.vector(2));
        double[] ends = unit.forward(new double[] {-40, 40});
        assertEquals(Math.exp(-40) / (1 + Math.exp(-40)), ends[0], 1e-30, "near the lower end the value keeps its digits");
        assertEquals(1.0, ends[1], 0);
        assertEquals(2 * (-40 - 2 * Math.log1p(Math.exp(-40))), unit.logJacobian(new double[] {-40, 40}), 1e-12);
    }

    @Test
    void inverseNamesTheFirstElementOutsideTheSupport() {
        Bound unit = new Bound(interval(Shape.SCALAR, new double[] {0}, new double[] {1}), Shape.vector(5));
        assertMessage("element 3 is 1.5, outside (0, 1)", () -> unit.inverse(new double[] {0.2, 0.3, 0.4, 1.5, 2}));
        assertMessage("element 0 is 0, outside (0, 1)", () -> unit.inverse(new double[] {0, 0.3, 0.4, 0.5, 0.5}));
        assertMessage("element 1 is NaN, outside (0, 1)",
                () -> unit.inverse(new double[] {0.5, Double.NaN, 0.4, 0.5, 0.5}));
        Bound positive = new Bound(lower(Shape.SCALAR, new double[] {0}), Shape.SCALAR);
        assertMessage("value is -0.25, outside (0, inf)", () -> positive.inverse(new double[] {-0.25}));
        assertMessage("value is inf, outside (0, inf)", () -> positive.inverse(new double[] {Double.POSITIVE_INFINITY}));
        Bound below = new Bound(upper(Shape.vector(2), new double[] {1, 2}), Shape.matrix(2, 2));
        assertMessage("element [1, 1] is 2, outside (-inf, 2)", () -> below.inverse(new double[] {0, 1, 0.5, 2}));
        Bound columns = new Bound(interval(Shape.vector(3), new double[] {0, 1, 2}, new double[] {1, 2, 3}),
                Shape.matrix(2, 3));
        assertMessage("element [1, 2] is 1.5, outside (2, 3)",
                () -> columns.inverse(new double[] {0.5, 1.5, 2.5, 0.5, 1.5, 1.5}));
    }

    private static void assertMessage(String expected, Runnable r) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, r::run);
        assertEquals(expected, e.getMessage());
    }

    @Test
    void boundsThatCannotBeUsedFailTheEvaluation() {
        Bound reversed = new Bound(interval(Shape.SCALAR, new double[] {1}, new double[] {0.5}), Shape.SCALAR);
        NumericFailure f = assertThrows(NumericFailure.class, () -> reversed.forward(new double[] {0}));
        assertEquals("interval: the lower bound 1 is not below the upper bound 0.5", f.getMessage());
        Bound equal = new Bound(interval(Shape.vector(3), new double[] {0, 0, 0}, new double[] {1, 1, 0}),
                Shape.vector(3));
        f = assertThrows(NumericFailure.class, () -> equal.forward(new double[] {0, 0, 0}));
        assertEquals("interval: the lower bound 0 is not below the upper bound 0 at element 2", f.getMessage());
        Bound nan = new Bound(lower(Shape.SCALAR, new double[] {Double.NaN}), Shape.vector(2));
        f = assertThrows(NumericFailure.class, () -> nan.forward(new double[] {0, 0}));
        assertEquals("lower_bound: the lower bound at element 0 is NaN", f.getMessage());
        Bound infinite = new Bound(upper(Shape.SCALAR, new double[] {Double.POSITIVE_INFINITY}), Shape.SCALAR);
        f = assertThrows(NumericFailure.class, () -> infinite.forward(new double[] {0}));
        assertEquals("upper_bound: the upper bound is inf", f.getMessage());
        Bound reversedInverse = new Bound(interval(Shape.SCALAR, new double[] {1}, new double[] {0}), Shape.vector(1));
        assertMessage("element 0: the lower bound 1 is not below the upper bound 0",
                () -> reversedInverse.inverse(new double[] {0.5}));
    }

    @Test
    void shapesAreCheckedWhenBound() {
        Tape t = new Tape();
        Node free = t.variable(Shape.vector(4));
        ShapeException e = assertThrows(ShapeException.class,
                () -> new LowerBound(t.constant(Shape.vector(3), 0, 0, 0)).bind(free, Shape.vector(4)));
        assertEquals("lower_bound: the lower bound has shape (3,), which does not broadcast to the value's shape (4,)",
                e.getMessage());
        e = assertThrows(ShapeException.class,
                () -> new Interval(t.constant(0), t.constant(Shape.matrix(2, 4), new double[8])).bind(free, Shape.vector(4)));
        assertEquals("interval: the upper bound has shape (2, 4), which does not broadcast to the value's shape (4,)",
                e.getMessage());
        e = assertThrows(ShapeException.class, () -> new UpperBound(t.constant(1)).bind(free, Shape.matrix(2, 3)));
        assertEquals("upper_bound: the free argument has shape (4,); expected (6,)", e.getMessage());
    }
}
