package org.ppl.gp.cov;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.ppl.ad.GradientChecker;
import org.ppl.ad.Node;
import org.ppl.ad.Shape;
import org.ppl.ad.ShapeException;
import org.ppl.ad.Tape;
import org.ppl.ad.ops.Mul;

/** Sums, products, scaling, active dimensions, the polynomial degree and shape errors. */
class CompositionTest {
    private static double[] gaussian(int n, Random r) {
        double[] v = new double[n];
        for (int i = 0; i < v.length; i++) v[i] = r.nextGaussian();
        return v;
    }

    private static void assertGradient(GradientChecker.Function f, Shape[] shapes, double[][] values) {
        GradientChecker.Result result = GradientChecker.check(f, shapes, values, 5);
        assertTrue(result.passes(1e-7), result.toString());
    }

    /** s · s · (eta² · ExpQuad(ls) + Linear(c) · Periodic(T, ls2)): a sum, a product, nested scales. */
    private static Covariance composite(Node[] in) {
        Covariance a = new ExpQuad(2, in[2]).scaledBy(in[3]);
        Covariance b = new Linear(2, in[4]).times(new Periodic(2, in[5], in[6]));
        return a.plus(b).scaledBy(in[7]).scaledBy(in[7]);
    }

    @Test
    void compositeEqualsItsParts() {
        Random r = new Random(3);
        Tape t = new Tape();
        int n = 6, m = 4;
        Node x = t.constant(Shape.matrix(n, 2), gaussian(n * 2, r));
        Node xs = t.constant(Shape.matrix(m, 2), gaussian(m * 2, r));
        Node ls = t.constant(Shape.vector(2), 0.7, 1.3);
        Node eta2 = t.constant(2.5);
        Node c = t.constant(0.3);
        Node period = t.constant(1.7);
        Node ls2 = t.constant(0.9);
        Node s = t.constant(0.6);
        Covariance cov = composite(new Node[] {x, xs, ls, eta2, c, period, ls2, s});
        double[] k = cov.full(t, x, xs).value;
        double[] se = new ExpQuad(2, ls).full(t, x, xs).value;
        double[] lin = new Linear(2, c).full(t, x, xs).value;
        double[] per = new Periodic(2, period, ls2).full(t, x, xs).value;
        for (int i = 0; i < k.length; i++) {
            assertEquals(0.36 * (2.5 * se[i] + lin[i] * per[i]), k[i], 1e-13);
        }
        double[] d = cov.diag(t, x).value;
        double[] full = cov.full(t, x).value;
        for (int i = 0; i < n; i++) assertEquals(full[i * n + i], d[i], 1e-13);
    }

    @Test
    void compositeGradients() {
        Random r = new Random(4);
        int n = 5, m = 3;
        Shape[] shapes = {Shape.matrix(n, 2), Shape.matrix(m, 2), Shape.vector(2), Shape.SCALAR, Shape.vector(2),
            Shape.SCALAR, Shape.SCALAR, Shape.SCALAR};
        double[][] values = {gaussian(n * 2, r), gaussian(m * 2, r), {0.7, 1.3}, {2.5}, {0.3, -0.2}, {1.7}, {0.9}, {0.6}};
        assertGradient((t, in) -> composite(in).full(t, in[0], in[1]), shapes, values);
        assertGradient((t, in) -> composite(in).full(t, in[0]), shapes, values);
        assertGradient((t, in) -> composite(in).diag(t, in[0]), shapes, values);
    }

    @Test
    void scaleBySquaredNodeFoldsIntoTheKernel() {
        Tape t = new Tape();
        Node eta = t.variable(Shape.SCALAR);
        Node x = t.variable(Shape.matrix(4, 1));
        Node k = new ExpQuad(1, t.constant(1.0)).scaledBy(t.push(new Mul(eta, eta))).full(t, x);
        assertEquals(2, t.operations().size(), "eta*eta and one kernel operation");
        assertTrue(k.isDifferentiable());
    }

    @Test
    void activeDimsReadOnlyTheirColumns() {
        Random r = new Random(5);
        int n = 5;
        double[] x3 = gaussian(n * 3, r);
        double[] x2 = new double[n * 2];
        for (int i = 0; i < n; i++) {
            x2[i * 2] = x3[i * 3];
            x2[i * 2 + 1] = x3[i * 3 + 2];
        }
        Tape t = new Tape();
        Node ls = t.constant(Shape.vector(2), 0.8, 1.4);
        double[] sliced = new Matern52(2, ls).full(t, t.constant(Shape.matrix(n, 2), x2)).value;
        Kernel active = new Matern52(3, ls, new int[] {0, 2});
        assertArrayEquals(sliced, active.full(t, t.constant(Shape.matrix(n, 3), x3)).value, 1e-14);

        Tape g = new Tape();
        Node xv = g.variable(Shape.matrix(n, 3));
        System.arraycopy(x3, 0, xv.value, 0, x3.length);
        Node k = active.full(g, xv);
        g.forward();
        g.zeroAdjoints();
        java.util.Arrays.fill(k.adjoint, 1.0);
        g.backward();
        for (int i = 0; i < n; i++) assertEquals(0.0, xv.adjoint[i * 3 + 1], "inactive column gets no gradient");
        assertGradient((tt, in) -> new Linear(3, in[1], new int[] {2, 0}).full(tt, in[0]),
                new Shape[] {Shape.matrix(n, 3), Shape.vector(2)}, new double[][] {x3, {0.2, -0.4}});
    }

    @Test
    void polynomialDegreeGradient() {
        Random r = new Random(6);
        int n = 4, m = 3;
        double[] x = new double[n * 2], xs = new double[m * 2];
        for (int i = 0; i < x.length; i++) x[i] = 0.1 + r.nextDouble();
        for (int i = 0; i < xs.length; i++) xs[i] = 0.1 + r.nextDouble();
        Shape[] shapes = {Shape.matrix(n, 2), Shape.matrix(m, 2), Shape.SCALAR, Shape.SCALAR, Shape.SCALAR};
        double[][] values = {x, xs, {-0.5}, {2.5}, {0.7}};
        assertGradient((t, in) -> new Polynomial(2, in[2], in[3], in[4]).full(t, in[0], in[1]), shapes, values);
        assertGradient((t, in) -> new Polynomial(2, in[2], in[3], in[4]).full(t, in[0]), shapes, values);
        assertGradient((t, in) -> new Polynomial(2, in[2], in[3], in[4]).diag(t, in[0]), shapes, values);
    }

    @Test
    void vectorInputForOneDimension() {
        Tape t = new Tape();
        Node xv = t.constant(Shape.vector(3), 0.0, 1.0, 3.0);
        Node xm = t.constant(Shape.matrix(3, 1), 0.0, 1.0, 3.0);
        Kernel k = new ExpQuad(1, t.constant(1.5));
        assertArrayEquals(k.full(t, xm).value, k.full(t, xv).value, 0);
        assertEquals(Math.exp(-0.5 / 2.25), k.full(t, xv).value[1], 1e-15);
    }

    @Test
    void aNaNInputGivesNaNWhereThePlainFormulaDoesAndNoException() {
        Tape t = new Tape();
        Node x = t.constant(Shape.matrix(3, 1), 0.0, Double.NaN, 1.0);
        for (Kernel k : new Kernel[] {new ExpQuad(1, t.constant(1.0)), new Matern52(1, t.constant(1.0)),
            new Periodic(1, t.constant(2.0), t.constant(1.0)), new Linear(1, t.constant(0.5))}) {
            double[] v = k.full(t, x).value;
            for (int i = 0; i < 3; i++) {
                for (int j = 0; j < 3; j++) {
                    boolean touchesNaN = i == 1 || j == 1;
                    // K(X, X)'s diagonal of a stationary kernel is k(0) whatever x_i is.
                    boolean stationaryDiagonal = i == j && k instanceof Stationary;
                    assertEquals(touchesNaN && !stationaryDiagonal, Double.isNaN(v[i * 3 + j]), k + " " + i + "," + j);
                }
            }
        }
    }

    @Test
    void shapeErrorsNameTheKernelAndArgument() {
        Tape t = new Tape();
        Node ls3 = t.constant(Shape.vector(3), 1, 1, 1);
        ShapeException e = assertThrows(ShapeException.class, () -> new ExpQuad(2, ls3));
        assertEquals("ExpQuad: ls has shape (3,); expected a scalar or (2,)", e.getMessage());
        Kernel k = new Matern32(2, t.constant(1.0));
        e = assertThrows(ShapeException.class, () -> k.full(t, t.constant(Shape.matrix(4, 3), new double[12])));
        assertEquals("Matern32: X has shape (4, 3); expected (N, 2)", e.getMessage());
        e = assertThrows(ShapeException.class, () -> new RatQuad(1, ls3, t.constant(1.0)));
        assertEquals("RatQuad: alpha has shape (3,); expected a scalar", e.getMessage());
        assertThrows(ShapeException.class, () -> k.scaledBy(ls3));
        assertThrows(IllegalArgumentException.class, () -> new ExpQuad(2, t.constant(1.0), new int[] {2}));
    }
}
