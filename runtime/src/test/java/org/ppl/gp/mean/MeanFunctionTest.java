package org.ppl.gp.mean;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.ppl.ad.GradientChecker;
import org.ppl.ad.Shape;
import org.ppl.ad.ShapeException;
import org.ppl.ad.Tape;

class MeanFunctionTest {
    private static final double[] X = {0.5, -1.0, 2.0, 0.25, -0.75, 1.5};

    @Test
    void valuesMatchTheFormulas() {
        Tape t = new Tape();
        var x = t.constant(Shape.matrix(3, 2), X);
        assertArrayEquals(new double[3], new Zero().evaluate(t, x).value, 0);
        assertArrayEquals(new double[] {1.5, 1.5, 1.5}, new Constant(t.constant(1.5)).evaluate(t, x).value, 0);
        var lin = new Linear(t.constant(Shape.vector(2), 2.0, -1.0), t.constant(0.5)).evaluate(t, x).value;
        assertArrayEquals(new double[] {0.5 * 2 + 1.0 + 0.5, 2.0 * 2 - 0.25 + 0.5, -0.75 * 2 - 1.5 + 0.5}, lin, 1e-15);
    }

    @Test
    void gradients() {
        Shape[] shapes = {Shape.matrix(3, 2), Shape.vector(2), Shape.SCALAR};
        double[][] values = {X, {2.0, -1.0}, {0.5}};
        GradientChecker.Result r = GradientChecker.check((t, in) -> new Linear(in[1], in[2]).evaluate(t, in[0]), shapes, values, 3);
        assertTrue(r.passes(1e-9), r.toString());
        r = GradientChecker.check((t, in) -> new Constant(in[2]).evaluate(t, in[0]), shapes, values, 3);
        assertTrue(r.passes(1e-9), r.toString());
    }

    @Test
    void shapeErrors() {
        Tape t = new Tape();
        var x = t.constant(Shape.matrix(3, 2), X);
        var lin = new Linear(t.constant(Shape.vector(3), 1, 1, 1), t.constant(0.0));
        assertThrows(ShapeException.class, () -> lin.evaluate(t, x));
        assertThrows(ShapeException.class, () -> new Constant(t.constant(Shape.vector(2), 1, 1)));
    }
}
