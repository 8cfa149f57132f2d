package org.ppl.ad;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.ppl.ad.ops.Add;
import org.ppl.ad.ops.Mul;
import org.ppl.ad.ops.Sum;

class CoreOpsGradientTest {
    private static double[] random(Shape s, Random r) {
        double[] v = new double[s.size()];
        for (int i = 0; i < v.length; i++) v[i] = r.nextGaussian();
        return v;
    }

    private static void check(GradientChecker.Function f, Shape... shapes) {
        Random r = new Random(7);
        double[][] values = new double[shapes.length][];
        for (int i = 0; i < shapes.length; i++) values[i] = random(shapes[i], r);
        GradientChecker.Result result = GradientChecker.check(f, shapes, values, 11);
        assertTrue(result.passes(1e-8), result.toString());
    }

    @Test
    void addAndMulBroadcast() {
        Shape[][] pairs = {
            {Shape.SCALAR, Shape.SCALAR}, {Shape.SCALAR, Shape.vector(4)}, {Shape.vector(4), Shape.matrix(3, 4)},
            {Shape.matrix(3, 1), Shape.matrix(1, 4)}, {Shape.matrix(1, 1), Shape.matrix(5, 2)},
            {Shape.matrix(1, 3), Shape.matrix(1, 3)}, {Shape.matrix(3, 1), Shape.vector(2)}
        };
        for (Shape[] p : pairs) {
            check((t, in) -> t.push(new Add(in[0], in[1])), p);
            check((t, in) -> t.push(new Mul(in[0], in[1])), p);
        }
    }

    @Test
    void sumOfSeveralNodes() {
        check((t, in) -> t.push(new Sum(in[0], in[1], t.push(new Mul(in[0], in[0])))), Shape.vector(3), Shape.matrix(2, 2));
    }

    @Test
    void checkerCatchesAWrongGradient() {
        // An operation whose backward pass is off by a factor of two must fail the check.
        GradientChecker.Function wrong = (t, in) -> t.push(new Op(in[0].shape, in[0]) {
            @Override
            public void forward() {
                for (int k = 0; k < out.value.length; k++) out.value[k] = in[0].value[k] * in[0].value[k];
            }

            @Override
            public void backward() {
                for (int k = 0; k < out.value.length; k++) in[0].adjoint[k] += out.adjoint[k] * in[0].value[k];
            }
        });
        GradientChecker.Result r = GradientChecker.check(wrong, new Shape[] {Shape.vector(3)},
                new double[][] {{1.0, 2.0, 3.0}}, 1);
        assertTrue(r.maxError() > 0.1, r.toString());
    }

    @Test
    void constantsAreFoldedOffTheProgram() {
        Tape t = new Tape();
        Node c = t.constant(Shape.vector(2), 1.0, 2.0);
        Node d = t.push(new Add(c, c));
        assertEquals(4.0, d.value[1]);
        assertEquals(0, t.operations().size());
        Node x = t.variable(Shape.SCALAR);
        t.push(new Mul(x, d));
        assertEquals(1, t.operations().size());
    }
}
