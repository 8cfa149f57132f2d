package org.ppl.ad.ops;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.ppl.ad.ops.OpsTesting.assertClose;
import static org.ppl.ad.ops.OpsTesting.assertShapeError;
import static org.ppl.ad.ops.OpsTesting.checkGradient;
import static org.ppl.ad.ops.OpsTesting.checkGradientAt;
import static org.ppl.ad.ops.OpsTesting.evaluate2;

import java.util.Random;
import java.util.function.BiFunction;
import java.util.function.DoubleBinaryOperator;
import org.junit.jupiter.api.Test;
import org.ppl.ad.Node;
import org.ppl.ad.Op;
import org.ppl.ad.Shape;
import org.ppl.ad.Tape;

class BinaryTest {
    /** The element of {@code in} that feeds output element k under NumPy broadcasting, by modular arithmetic. */
    static int source(Shape in, Shape out, int k) {
        int index = 0;
        int stride = 1;
        for (int i = 1; i <= out.rank(); i++) {
            int position = k % out.dim(out.rank() - i);
            k /= out.dim(out.rank() - i);
            if (i <= in.rank()) {
                int d = in.dim(in.rank() - i);
                index += (d == 1 ? 0 : position) * stride;
                stride *= d;
            }
        }
        return index;
    }

    /** Checks values (against {@code reference} applied to the broadcast elements) and gradients on every pair. */
    private static void checkOp(BiFunction<Node, Node, Op> op, DoubleBinaryOperator reference, double lowA,
            double highA, double lowB, double highB) {
        checkOp(op, reference, 1e-15, lowA, highA, lowB, highB);
    }

    private static void checkOp(BiFunction<Node, Node, Op> op, DoubleBinaryOperator reference, double tolerance,
            double lowA, double highA, double lowB, double highB) {
        Random r = new Random(5);
        for (Shape[] pair : OpsTesting.BROADCAST_PAIRS) {
            double[] a = OpsTesting.uniform(pair[0], lowA, highA, r);
            double[] b = OpsTesting.uniform(pair[1], lowB, highB, r);
            double[] z = evaluate2(op, pair[0], a, pair[1], b);
            Shape out = Shape.broadcast(pair[0], pair[1]);
            assertEquals(out.size(), z.length);
            for (int k = 0; k < z.length; k++) {
                double expected = reference.applyAsDouble(a[source(pair[0], out, k)], b[source(pair[1], out, k)]);
                assertClose(expected, z[k], tolerance, OpsTesting.describe(pair) + " element " + k);
            }
            checkGradientAt((t, in) -> t.push(op.apply(in[0], in[1])), new double[][] {a, b}, pair);
        }
    }

    @Test
    void arithmetic() {
        checkOp(Add::new, (x, y) -> x + y, -2, 2, -2, 2);
        checkOp(Sub::new, (x, y) -> x - y, -2, 2, -2, 2);
        checkOp(Mul::new, (x, y) -> x * y, -2, 2, -2, 2);
        checkOp(Div::new, (x, y) -> x / y, -2, 2, 0.5, 2);
        checkOp(Div::new, (x, y) -> x / y, -2, 2, -2, -0.5);
        checkOp(Pow::new, Math::pow, 0.5, 2, -2, 2);
        checkOp(Minimum::new, Math::min, -2, 2, -2, 2);
        checkOp(Maximum::new, Math::max, -2, 2, -2, 2);
        checkOp(LogBeta::new, (x, y) -> Special.lgamma(x) + Special.lgamma(y) - Special.lgamma(x + y), 1e-13, 0.3, 5, 0.3, 5);
    }

    @Test
    void divisionFailsLikePlainDivision() {
        double[] z = evaluate2(Div::new, Shape.vector(4), new double[] {1, -1, 0, Double.POSITIVE_INFINITY},
                Shape.SCALAR, new double[] {0});
        assertArrayEquals(new double[] {Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.NaN, Double.POSITIVE_INFINITY}, z);
    }

    /** x ** c with a constant exponent c (the fast paths, and Math.pow's negative-base rules). */
    private static double[] powConstant(double[] x, double c) {
        Tape tape = new Tape();
        Node base = tape.variable(Shape.vector(x.length));
        System.arraycopy(x, 0, base.value, 0, x.length);
        Node out = tape.push(new Pow(base, tape.constant(c)));
        tape.forward();
        return out.value.clone();
    }

    @Test
    void powerWithConstantExponentMatchesMathPow() {
        double[] x = {-3, -2, -0.5, -0.0, 0, 0.25, 1, 2, 7.5, Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY, Double.NaN};
        for (double c : new double[] {2, 0.5, -1, 3, 0, 1, -2, 2.5, 1.0 / 3}) {
            double[] z = powConstant(x, c);
            for (int i = 0; i < x.length; i++) {
                double expected = Math.pow(x[i], c);
                double ulp = Double.isFinite(expected) ? Math.ulp(expected) : 0;
                assertEquals(expected, z[i], ulp, x[i] + " ** " + c);
            }
        }
        assertEquals(4.0, powConstant(new double[] {-2}, 2)[0], 0);
        assertEquals(-8.0, powConstant(new double[] {-2}, 3)[0], 0);
        assertEquals(Double.NaN, powConstant(new double[] {-8}, 1.0 / 3)[0], 0);
        assertEquals(1.0, powConstant(new double[] {0}, 0)[0], 0);
    }

    @Test
    void powerGradientWithConstantExponent() {
        for (double c : new double[] {2, 0.5, -1, 3, -2, 2.5, 0}) {
            for (Shape s : OpsTesting.SHAPES) {
                checkGradient((t, in) -> t.push(new Pow(in[0], t.constant(c))), 0.3, 3, s);
            }
        }
        // A negative base with an integer exponent has a gradient; the exponent being constant, log x is never taken.
        for (double c : new double[] {2, 3, -1, -2}) {
            checkGradient((t, in) -> t.push(new Pow(in[0], t.constant(c))), -3, -0.3, Shape.vector(5));
        }
        // A constant exponent array that is not uniform takes the general path.
        checkGradient((t, in) -> t.push(new Pow(in[0], t.constant(Shape.vector(3), 2, 3, 0.5))), 0.3, 3, Shape.vector(3));
    }

    @Test
    void powerGradientWithRespectToTheExponentAtZero() {
        // d/dy 0^y = 0 for y > 0 (Stan's convention), not 0 * log 0 = NaN.
        Tape tape = new Tape();
        Node x = tape.variable(Shape.SCALAR);
        Node y = tape.variable(Shape.SCALAR);
        Node z = tape.push(new Pow(x, y));
        x.value[0] = 0;
        y.value[0] = 2.5;
        tape.forward();
        tape.zeroAdjoints();
        z.adjoint[0] = 1;
        tape.backward();
        assertEquals(0.0, z.value[0], 0);
        assertEquals(0.0, y.adjoint[0], 0);
        assertEquals(0.0, x.adjoint[0], 0);

        // d/dx x^0 = 0, also at x = 0.
        y.value[0] = 0;
        tape.forward();
        tape.zeroAdjoints();
        z.adjoint[0] = 1;
        tape.backward();
        assertEquals(1.0, z.value[0], 0);
        assertEquals(0.0, x.adjoint[0], 0);
    }

    @Test
    void minimumAndMaximumGiveTheGradientToTheChosenSide() {
        Tape tape = new Tape();
        Node a = tape.variable(Shape.vector(3));
        Node b = tape.variable(Shape.SCALAR);
        System.arraycopy(new double[] {1, 2, 3}, 0, a.value, 0, 3);
        b.value[0] = 2;
        Node min = tape.push(new Minimum(a, b));
        Node max = tape.push(new Maximum(a, b));
        tape.forward();
        assertArrayEquals(new double[] {1, 2, 2}, min.value);
        assertArrayEquals(new double[] {2, 2, 3}, max.value);
        tape.zeroAdjoints();
        min.adjoint[0] = min.adjoint[1] = min.adjoint[2] = 1;
        max.adjoint[0] = max.adjoint[1] = max.adjoint[2] = 10;
        tape.backward();
        // Ties (the middle element) go to the first argument.
        assertArrayEquals(new double[] {1, 11, 10}, a.adjoint);
        assertArrayEquals(new double[] {11}, b.adjoint);
        double[] nan = evaluate2(Minimum::new, Shape.vector(2), new double[] {Double.NaN, 1}, Shape.vector(2), new double[] {0, Double.NaN});
        assertArrayEquals(new double[] {Double.NaN, Double.NaN}, nan);
    }

    @Test
    void comparisonsAndLogic() {
        double[] a = {1, 2, 3, Double.NaN, 0, 0};
        double[] b = {2, 2, 2, 1, 0, Double.NaN};
        double[][] expected = {
            {1, 0, 0, 0, 0, 0}, // lt
            {1, 1, 0, 0, 1, 0}, // le
            {0, 0, 1, 0, 0, 0}, // gt
            {0, 1, 1, 0, 1, 0}, // ge
            {0, 1, 0, 0, 1, 0}, // eq
            {1, 0, 1, 1, 0, 1}, // ne
            {1, 1, 1, 1, 0, 0}, // and: NaN is true
            {1, 1, 1, 1, 0, 1}, // or
        };
        Comparison[] all = Comparison.values();
        for (int i = 0; i < all.length; i++) {
            Comparison c = all[i];
            double[] z = evaluate2((x, y) -> new Compare(c, x, y), Shape.vector(6), a, Shape.vector(6), b);
            assertArrayEquals(expected[i], z, c.functionName());
        }
        double[] broadcast = evaluate2((x, y) -> new Compare(Comparison.LT, x, y), Shape.matrix(2, 1),
                new double[] {1, 3}, Shape.vector(3), new double[] {0, 2, 4});
        assertArrayEquals(new double[] {0, 1, 1, 0, 0, 1}, broadcast);
    }

    @Test
    void comparisonsAreNotDifferentiableButAreReevaluated() {
        Tape tape = new Tape();
        Node x = tape.variable(Shape.vector(2));
        Node flag = tape.push(new Compare(Comparison.GT, x, tape.constant(0.0)));
        assertNull(flag.adjoint);
        Node y = tape.push(new Where(flag, x, tape.push(new Unary(ElementaryFunction.NEG, x))));
        x.value[0] = -1;
        x.value[1] = 2;
        tape.forward();
        assertArrayEquals(new double[] {1, 2}, y.value);
        x.value[0] = 3;
        tape.forward();
        assertArrayEquals(new double[] {3, 2}, y.value);
    }

    @Test
    void whereBroadcastsThreeWays() {
        Tape tape = new Tape();
        Node cond = tape.constant(Shape.matrix(3, 1), 1, 0, Double.NaN);
        Node a = tape.variable(Shape.vector(4));
        Node b = tape.variable(Shape.SCALAR);
        Node z = tape.push(new Where(cond, a, b));
        assertEquals(Shape.matrix(3, 4), z.shape);
        System.arraycopy(new double[] {1, 2, 3, 4}, 0, a.value, 0, 4);
        b.value[0] = -5;
        tape.forward();
        assertArrayEquals(new double[] {1, 2, 3, 4, -5, -5, -5, -5, 1, 2, 3, 4}, z.value);

        double[] c = {1, 0, 0, 1, 1, 0};
        Shape[][] shapes = {
            {Shape.vector(6), Shape.vector(6), Shape.vector(6)}, {Shape.vector(6), Shape.SCALAR, Shape.vector(6)},
            {Shape.vector(6), Shape.matrix(2, 1), Shape.SCALAR}, {Shape.matrix(1, 6), Shape.matrix(1, 1), Shape.vector(6)},
        };
        for (Shape[] s : shapes) {
            checkGradient((t, in) -> t.push(new Where(t.constant(s[0], c), in[0], in[1])), -2, 2, s[1], s[2]);
        }
        // A condition of the broadcast shape with both outcomes, over every pair of argument shapes.
        for (Shape[] pair : OpsTesting.BROADCAST_PAIRS) {
            Shape out = Shape.broadcast(pair[0], pair[1]);
            double[] alternating = new double[out.size()];
            for (int k = 0; k < alternating.length; k += 2) alternating[k] = 1;
            checkGradient((t, in) -> t.push(new Where(t.constant(out, alternating), in[0], in[1])), -2, 2, pair);
        }
    }

    @Test
    void shapeErrorsNameTheOperationAndBothShapes() {
        Tape t = new Tape();
        Node v3 = t.variable(Shape.vector(3));
        Node v2 = t.variable(Shape.vector(2));
        Node m = t.variable(Shape.matrix(2, 3));
        assertShapeError("add: shapes (3,) and (2,) do not broadcast", () -> new Add(v3, v2));
        assertShapeError("sub: shapes (2,) and (2, 3) do not broadcast", () -> new Sub(v2, m));
        assertShapeError("mul: shapes (3,) and (2,) do not broadcast", () -> new Mul(v3, v2));
        assertShapeError("div: shapes (3,) and (2,) do not broadcast", () -> new Div(v3, v2));
        assertShapeError("pow: shapes (3,) and (2,) do not broadcast", () -> new Pow(v3, v2));
        assertShapeError("minimum: shapes (3,) and (2,) do not broadcast", () -> new Minimum(v3, v2));
        assertShapeError("maximum: shapes (3,) and (2,) do not broadcast", () -> new Maximum(v3, v2));
        assertShapeError("lbeta: shapes (3,) and (2,) do not broadcast", () -> new LogBeta(v3, v2));
        assertShapeError("le: shapes (3,) and (2,) do not broadcast", () -> new Compare(Comparison.LE, v3, v2));
        assertShapeError("where: shapes (3,), (2,) and () do not broadcast", () -> new Where(v3, v2, t.constant(1.0)));
    }
}
