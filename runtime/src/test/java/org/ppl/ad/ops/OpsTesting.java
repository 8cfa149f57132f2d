package org.ppl.ad.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import java.util.function.DoubleUnaryOperator;
import org.junit.jupiter.api.function.Executable;
import org.ppl.ad.GradientChecker;
import org.ppl.ad.Node;
import org.ppl.ad.Shape;
import org.ppl.ad.ShapeException;
import org.ppl.ad.Tape;

/** Shared helpers of the operation tests: shapes, random points, gradient checks, value checks. */
final class OpsTesting {
    /** Relative error allowed between reverse mode and five-point finite differences. */
    static final double GRADIENT_TOLERANCE = 1e-7;

    /** Scalar, 1×1, n×1, 1×n, n×m, and vectors of length 1 and n. */
    static final Shape[] SHAPES = {
        Shape.SCALAR, Shape.matrix(1, 1), Shape.matrix(4, 1), Shape.matrix(1, 4), Shape.matrix(3, 4),
        Shape.vector(1), Shape.vector(5)
    };

    /** Pairs of shapes that broadcast, in both orders where they differ. */
    static final Shape[][] BROADCAST_PAIRS = {
        {Shape.SCALAR, Shape.SCALAR}, {Shape.matrix(1, 1), Shape.matrix(1, 1)}, {Shape.vector(5), Shape.vector(5)},
        {Shape.matrix(3, 4), Shape.matrix(3, 4)}, {Shape.SCALAR, Shape.vector(4)}, {Shape.vector(4), Shape.SCALAR},
        {Shape.vector(4), Shape.matrix(3, 4)}, {Shape.matrix(3, 4), Shape.vector(4)}, {Shape.matrix(3, 1), Shape.matrix(1, 4)},
        {Shape.matrix(1, 4), Shape.matrix(3, 1)}, {Shape.matrix(1, 1), Shape.matrix(2, 3)}, {Shape.matrix(4, 1), Shape.vector(2)},
        {Shape.matrix(1, 4), Shape.SCALAR}, {Shape.of(2, 1, 3), Shape.matrix(4, 1)}
    };

    private OpsTesting() {}

    /** Values drawn uniformly from [low, high). */
    static double[] uniform(Shape s, double low, double high, Random r) {
        double[] v = new double[s.size()];
        for (int i = 0; i < v.length; i++) v[i] = low + (high - low) * r.nextDouble();
        return v;
    }

    /** Checks the gradient of {@code f} at points drawn from [low, high) for every input. */
    static void checkGradient(GradientChecker.Function f, double low, double high, Shape... shapes) {
        Random r = new Random(31 + shapes.length);
        double[][] values = new double[shapes.length][];
        for (int i = 0; i < shapes.length; i++) values[i] = uniform(shapes[i], low, high, r);
        checkGradientAt(f, values, shapes);
    }

    static void checkGradientAt(GradientChecker.Function f, double[][] values, Shape... shapes) {
        GradientChecker.Result result = GradientChecker.check(f, shapes, values, 17);
        assertTrue(result.passes(GRADIENT_TOLERANCE), () -> describe(shapes) + ": " + result);
    }

    static String describe(Shape... shapes) {
        StringBuilder sb = new StringBuilder("shapes");
        for (Shape s : shapes) sb.append(' ').append(s);
        return sb.toString();
    }

    /** The value of a one-input operation at {@code x}, built on a fresh tape with a variable input. */
    static double[] evaluate(java.util.function.Function<Node, org.ppl.ad.Op> op, Shape shape, double... x) {
        Tape tape = new Tape();
        Node in = tape.variable(shape);
        System.arraycopy(x, 0, in.value, 0, x.length);
        Node out = tape.push(op.apply(in));
        tape.forward();
        return out.value.clone();
    }

    /** The value of a two-input operation on variables. */
    static double[] evaluate2(java.util.function.BiFunction<Node, Node, org.ppl.ad.Op> op, Shape sa, double[] a,
            Shape sb, double[] b) {
        Tape tape = new Tape();
        Node x = tape.variable(sa);
        Node y = tape.variable(sb);
        System.arraycopy(a, 0, x.value, 0, a.length);
        System.arraycopy(b, 0, y.value, 0, b.length);
        Node out = tape.push(op.apply(x, y));
        tape.forward();
        return out.value.clone();
    }

    /** A unary function's value at one point, through the operation. */
    static double apply(UnaryFunction f, double x) {
        return evaluate(in -> new Unary(f, in), Shape.SCALAR, x)[0];
    }

    /** Asserts agreement to {@code tolerance} relative (absolute below 1), with NaN and infinities exact. */
    static void assertClose(double expected, double actual, double tolerance, String what) {
        if (Double.isNaN(expected) || Double.isInfinite(expected)) {
            assertEquals(expected, actual, 0.0, what);
            return;
        }
        double scale = Math.max(1.0, Math.abs(expected));
        assertTrue(Math.abs(expected - actual) <= tolerance * scale,
                () -> what + ": expected " + expected + " but was " + actual);
    }

    static void assertFunction(UnaryFunction f, DoubleUnaryOperator reference, double tolerance, double... points) {
        for (double x : points) assertClose(reference.applyAsDouble(x), apply(f, x), tolerance, f.functionName() + "(" + x + ")");
    }

    /** Asserts that building something throws a {@link ShapeException} with exactly this message. */
    static void assertShapeError(String message, Executable build) {
        ShapeException e = assertThrows(ShapeException.class, build);
        assertEquals(message, e.getMessage());
    }
}
