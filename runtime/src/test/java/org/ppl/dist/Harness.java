package org.ppl.dist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.ppl.ad.GradientChecker;
import org.ppl.ad.Node;
import org.ppl.ad.Shape;
import org.ppl.ad.Tape;

/** Evaluating a distribution's log density on a tape, three ways, and checking its gradient. */
final class Harness {
    /** A value or argument: its shape and elements. */
    record Arg(Shape shape, double[] values) {
        static Arg scalar(double v) {
            return new Arg(Shape.SCALAR, new double[] {v});
        }

        static Arg vector(double... v) {
            return new Arg(Shape.vector(v.length), v);
        }

        static Arg matrix(int rows, int cols, double... v) {
            return new Arg(Shape.matrix(rows, cols), v);
        }
    }

    private Harness() {}

    static Distribution dist(String name, String... keywords) {
        Distribution d = Distributions.lookup(name, java.util.Set.of(keywords));
        if (d == null) throw new AssertionError("no distribution " + name);
        return d;
    }

    /**
     * The log density with every input a constant (folded when pushed), with every input a
     * variable, and with the value a variable and the arguments constants (evaluated twice, so a
     * kept constant is used); asserts the three agree and returns it.
     */
    static double logDensity(Distribution d, Arg value, Arg... args) {
        double folded = evaluate(d, value, args, true, true, 1);
        double variables = evaluate(d, value, args, false, false, 1);
        double mixed = evaluate(d, value, args, false, true, 2);
        assertSame(folded, variables, d + ": constants vs variables");
        assertSame(folded, mixed, d + ": constants vs a variable value with constant arguments");
        return folded;
    }

    private static void assertSame(double a, double b, String message) {
        if (Double.isNaN(a) || Double.isNaN(b)) throw new AssertionError(message + ": NaN");
        assertEquals(a, b, 1e-12 * Math.max(1, Math.abs(a)), message);
    }

    private static double evaluate(Distribution d, Arg value, Arg[] args, boolean constantValue, boolean constantArgs,
            int times) {
        Tape tape = new Tape();
        Node v = node(tape, value, constantValue);
        Node[] a = new Node[args.length];
        for (int j = 0; j < args.length; j++) a[j] = node(tape, args[j], constantArgs);
        Node out = d.logDensity(tape, v, a);
        for (int i = 0; i < times; i++) tape.forward();
        return out.value[0];
    }

    private static Node node(Tape tape, Arg arg, boolean constant) {
        if (constant) return tape.constant(arg.shape(), arg.values());
        Node n = tape.variable(arg.shape());
        System.arraycopy(arg.values(), 0, n.value, 0, arg.values().length);
        return n;
    }

    /** Checks the gradient with respect to the value and every argument. */
    static void checkGradient(Distribution d, Arg value, Arg... args) {
        Shape[] shapes = new Shape[args.length + 1];
        double[][] values = new double[args.length + 1][];
        shapes[0] = value.shape();
        values[0] = value.values();
        for (int j = 0; j < args.length; j++) {
            shapes[j + 1] = args[j].shape();
            values[j + 1] = args[j].values();
        }
        GradientChecker.Result r = GradientChecker.check((t, in) -> {
            Node[] rest = new Node[in.length - 1];
            System.arraycopy(in, 1, rest, 0, rest.length);
            return d.logDensity(t, in[0], rest);
        }, shapes, values, 3);
        assertTrue(r.passes(TOLERANCE), d + " at value " + value.shape() + ": " + r);
    }

    /** Checks the gradient with respect to the arguments only (discrete values, which have none). */
    static void checkArgumentGradient(Distribution d, Arg value, Arg... args) {
        Shape[] shapes = new Shape[args.length];
        double[][] values = new double[args.length][];
        for (int j = 0; j < args.length; j++) {
            shapes[j] = args[j].shape();
            values[j] = args[j].values();
        }
        GradientChecker.Result r = GradientChecker.check(
                (t, in) -> d.logDensity(t, t.constant(value.shape(), value.values()), in), shapes, values, 3);
        assertTrue(r.passes(TOLERANCE), d + " at value " + value.shape() + ": " + r);
    }

    static final double TOLERANCE = 1e-7;

    /** Uniform values in (lo, hi) for a shape. */
    static Arg uniform(Random random, Shape shape, double lo, double hi) {
        double[] v = new double[shape.size()];
        for (int i = 0; i < v.length; i++) v[i] = lo + (hi - lo) * random.nextDouble();
        return new Arg(shape, v);
    }
}
