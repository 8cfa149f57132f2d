package org.ppl.ad.linalg;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.ppl.ad.Node;
import org.ppl.ad.Shape;
import org.ppl.ad.ShapeException;
import org.ppl.ad.Tape;

class ProductOpsTest {
    private static double[][] values(Random r, Shape... shapes) {
        double[][] v = new double[shapes.length][];
        for (int i = 0; i < shapes.length; i++) v[i] = Checks.gaussian(shapes[i].size(), r);
        return v;
    }

    @Test
    void matmulGradientsAtEveryShapePair() {
        Random r = new Random(1);
        Shape[][] pairs = {
            {Shape.matrix(1, 1), Shape.matrix(1, 1)}, {Shape.matrix(3, 1), Shape.matrix(1, 4)},
            {Shape.matrix(1, 3), Shape.matrix(3, 1)}, {Shape.matrix(3, 4), Shape.matrix(4, 2)},
            {Shape.matrix(7, 9), Shape.matrix(9, 5)}, {Shape.vector(4), Shape.matrix(4, 3)},
            {Shape.matrix(3, 4), Shape.vector(4)}, {Shape.vector(4), Shape.vector(4)}, {Shape.vector(1), Shape.vector(1)},
            {Shape.vector(1), Shape.matrix(1, 3)}, {Shape.matrix(3, 1), Shape.vector(1)}
        };
        for (Shape[] p : pairs) {
            Checks.gradient("matmul " + p[0] + " @ " + p[1], (t, in) -> t.push(new MatMul(in[0], in[1])), p, values(r, p));
        }
    }

    @Test
    void matmulFollowsNumpyShapesAndValues() {
        Tape t = new Tape();
        Node a = t.constant(Shape.matrix(2, 3), 1, 2, 3, 4, 5, 6);
        Node v = t.constant(Shape.vector(3), 1, 0, -1);
        Node w = t.constant(Shape.vector(2), 1, 1);
        Node av = t.push(new MatMul(a, v));
        assertEquals(Shape.vector(2), av.shape);
        assertArrayEquals(new double[] {-2, -2}, av.value, 1e-15);
        Node wa = t.push(new MatMul(w, a));
        assertEquals(Shape.vector(3), wa.shape);
        assertArrayEquals(new double[] {5, 7, 9}, wa.value, 1e-15);
        Node vv = t.push(new MatMul(v, v));
        assertEquals(Shape.SCALAR, vv.shape);
        assertEquals(2.0, vv.scalar(), 1e-15);
        Node at = t.push(new MatrixTranspose(a));
        Node aat = t.push(new MatMul(a, at));
        assertArrayEquals(new double[] {14, 32, 32, 77}, aat.value, 1e-12);
    }

    @Test
    void matmulShapeErrorsNameBothShapes() {
        Tape t = new Tape();
        Node a = t.variable(Shape.matrix(3, 4));
        ShapeException e = assertThrows(ShapeException.class, () -> new MatMul(a, t.variable(Shape.vector(5))));
        assertEquals("matmul: shapes (3, 4) and (5,) do not align", e.getMessage());
        e = assertThrows(ShapeException.class, () -> new MatMul(a, t.variable(Shape.matrix(3, 4))));
        assertEquals("matmul: shapes (3, 4) and (3, 4) do not align", e.getMessage());
        e = assertThrows(ShapeException.class, () -> new MatMul(t.variable(Shape.SCALAR), a));
        assertEquals("matmul: shapes () and (3, 4) do not align (operands must be vectors or matrices; use * for scalars)",
                e.getMessage());
    }

    @Test
    void transposeDiagAndTraceGradients() {
        Random r = new Random(2);
        for (Shape s : new Shape[] {Shape.matrix(1, 1), Shape.matrix(3, 1), Shape.matrix(1, 3), Shape.matrix(3, 4), Shape.vector(4)}) {
            Checks.gradient("transpose " + s, (t, in) -> t.push(new MatrixTranspose(in[0])), new Shape[] {s}, values(r, s));
        }
        for (Shape s : new Shape[] {Shape.vector(1), Shape.vector(4), Shape.matrix(1, 1), Shape.matrix(3, 3), Shape.matrix(2, 5),
            Shape.matrix(5, 2), Shape.matrix(4, 1)}) {
            Checks.gradient("diag " + s, (t, in) -> t.push(new Diag(in[0])), new Shape[] {s}, values(r, s));
        }
        for (Shape s : new Shape[] {Shape.matrix(1, 1), Shape.matrix(3, 3), Shape.matrix(2, 4), Shape.matrix(4, 2)}) {
            Checks.gradient("trace " + s, (t, in) -> t.push(new Trace(in[0])), new Shape[] {s}, values(r, s));
        }
    }

    @Test
    void diagAndTraceValues() {
        Tape t = new Tape();
        Node m = t.constant(Shape.matrix(2, 3), 1, 2, 3, 4, 5, 6);
        assertArrayEquals(new double[] {1, 5}, t.push(new Diag(m)).value);
        assertEquals(6.0, t.push(new Trace(m)).scalar());
        Node d = t.push(new Diag(t.constant(Shape.vector(2), 7, 8)));
        assertArrayEquals(new double[] {7, 0, 0, 8}, d.value);
        assertEquals("diag: expected a vector or a matrix, got ()",
                assertThrows(ShapeException.class, () -> new Diag(t.constant(1.0))).getMessage());
        assertEquals("trace: expected a matrix, got (3,)",
                assertThrows(ShapeException.class, () -> new Trace(t.variable(Shape.vector(3)))).getMessage());
    }

    @Test
    void quadraticFormGradientsAndValue() {
        Random r = new Random(3);
        for (int n : new int[] {1, 4}) {
            for (Shape xs : new Shape[] {Shape.vector(n), Shape.matrix(n, 1), Shape.matrix(n, 3)}) {
                Shape[] shapes = {Shape.matrix(n, n), xs};
                Checks.gradient("quad_form " + xs, (t, in) -> t.push(new QuadraticForm(in[0], in[1])), shapes, values(r, shapes));
            }
        }
        Tape t = new Tape();
        Node a = t.constant(Shape.matrix(2, 2), 1, 2, 3, 4);
        Node x = t.constant(Shape.vector(2), 1, -1);
        assertEquals(1 - 2 - 3 + 4, t.push(new QuadraticForm(a, x)).scalar(), 1e-15);
        Node xm = t.constant(Shape.matrix(2, 2), 1, 0, -1, 1);
        // X^T A X with X = [[1, 0], [-1, 1]]: [[0, -2], [-1, 4]].
        assertArrayEquals(new double[] {0, -2, -1, 4}, t.push(new QuadraticForm(a, xm)).value, 1e-15);
    }

    @Test
    void lowerTimesTransposeGradientsAndValue() {
        Random r = new Random(4);
        for (int n : new int[] {1, 2, 5, 9}) {
            Shape s = Shape.matrix(n, n);
            Checks.gradient("L L^T n=" + n, (t, in) -> t.push(new LowerTimesTranspose(in[0])), new Shape[] {s},
                    new double[][] {Checks.lower(n, r)});
        }
        Tape t = new Tape();
        Node l = t.constant(Shape.matrix(2, 2), 2, 99, 1, 3);
        assertArrayEquals(new double[] {4, 2, 2, 10}, t.push(new LowerTimesTranspose(l)).value, 1e-15);
    }
}
