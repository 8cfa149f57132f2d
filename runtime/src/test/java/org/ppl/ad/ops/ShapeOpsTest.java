package org.ppl.ad.ops;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.ppl.ad.ops.OpsTesting.assertShapeError;
import static org.ppl.ad.ops.OpsTesting.checkGradient;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.ppl.ad.Node;
import org.ppl.ad.Shape;
import org.ppl.ad.Tape;

/** Expected values are NumPy's. */
class ShapeOpsTest {
    private static Node range(Tape t, Shape s, int from) {
        double[] v = new double[s.size()];
        for (int i = 0; i < v.length; i++) v[i] = from + i;
        return t.constant(s, v);
    }

    @Test
    void reshape() {
        Tape t = new Tape();
        Node x = range(t, Shape.matrix(2, 3), 0);
        Node y = t.push(Reshape.of(x, 3, -1));
        assertEquals(Shape.matrix(3, 2), y.shape);
        assertArrayEquals(x.value, y.value);
        assertEquals(Shape.vector(6), t.push(Reshape.of(x, -1)).shape);
        assertEquals(Shape.SCALAR, t.push(Reshape.of(t.constant(Shape.of(1, 1, 1), 4), new int[0])).shape);
        assertEquals(Shape.of(0, 5), t.push(Reshape.of(t.constant(Shape.vector(0)), 0, 5)).shape);
        for (Shape s : OpsTesting.SHAPES) {
            checkGradient((tape, in) -> tape.push(Reshape.of(in[0], 1, -1)), -2, 2, s);
        }
        checkGradient((tape, in) -> tape.push(new Reshape(in[0], Shape.of(2, 2, 3))), -2, 2, Shape.matrix(3, 4));
        assertShapeError("reshape: cannot reshape array of size 6 into shape (4, 2)", () -> Reshape.of(x, 4, 2));
        assertShapeError("reshape: cannot reshape array of size 6 into shape (4, -1)", () -> Reshape.of(x, 4, -1));
        assertShapeError("reshape: can only specify one unknown dimension", () -> Reshape.of(x, -1, -1));
        assertShapeError("reshape: negative dimension -2 in the new shape", () -> Reshape.of(x, -2, -3));
        assertShapeError("reshape: cannot reshape array of size 6 into shape (0, -1)", () -> Reshape.of(x, 0, -1));
    }

    @Test
    void stack() {
        Tape t = new Tape();
        Node a = range(t, Shape.matrix(2, 3), 0);
        Node b = range(t, Shape.matrix(2, 3), 6);
        Node s0 = t.push(Stack.of(List.of(a, b)));
        assertEquals(Shape.of(2, 2, 3), s0.shape);
        assertArrayEquals(range(t, Shape.vector(12), 0).value, s0.value);
        Node s1 = t.push(Stack.of(List.of(a, b), 1));
        assertEquals(Shape.of(2, 2, 3), s1.shape);
        assertArrayEquals(new double[] {0, 1, 2, 6, 7, 8, 3, 4, 5, 9, 10, 11}, s1.value);
        Node s2 = t.push(Stack.of(List.of(a, b), -1));
        assertEquals(Shape.of(2, 3, 2), s2.shape);
        assertArrayEquals(new double[] {0, 6, 1, 7, 2, 8, 3, 9, 4, 10, 5, 11}, s2.value);
        Node scalars = t.push(Stack.of(List.of(t.constant(1.0), t.constant(2.0), t.constant(3.0))));
        assertEquals(Shape.vector(3), scalars.shape);
        assertArrayEquals(new double[] {1, 2, 3}, scalars.value);
        for (Shape s : OpsTesting.SHAPES) {
            for (int axis = -s.rank() - 1; axis <= s.rank(); axis++) {
                int k = axis;
                checkGradient((tape, in) -> tape.push(Stack.of(List.of(in[0], in[1], in[0]), k)), -2, 2, s, s);
            }
        }
        // A constant among variables takes no gradient.
        checkGradient((tape, in) -> tape.push(Stack.of(List.of(in[0], tape.constant(Shape.vector(2), 5, 6)), 1)), -2, 2,
                Shape.vector(2));
        assertShapeError("stack: all input arrays must have the same shape, but argument 0 has shape (2, 3) and argument 1 has shape (3,)",
                () -> Stack.of(List.of(a, range(t, Shape.vector(3), 0))));
        assertShapeError("stack: axis 3 is out of bounds for array of dimension 3", () -> Stack.of(List.of(a, b), 3));
        assertShapeError("stack: need at least one array to stack", () -> Stack.of(List.of()));
    }

    @Test
    void concatenate() {
        Tape t = new Tape();
        Node a = range(t, Shape.matrix(2, 3), 0);
        Node b = range(t, Shape.matrix(2, 3), 6);
        Node c = range(t, Shape.matrix(2, 2), 100);
        Node rows = t.push(Concatenate.of(List.of(a, b)));
        assertEquals(Shape.matrix(4, 3), rows.shape);
        assertArrayEquals(range(t, Shape.vector(12), 0).value, rows.value);
        Node cols = t.push(Concatenate.of(List.of(a, c), 1));
        assertEquals(Shape.matrix(2, 5), cols.shape);
        assertArrayEquals(new double[] {0, 1, 2, 100, 101, 3, 4, 5, 102, 103}, cols.value);
        Node vectors = t.push(Concatenate.of(List.of(range(t, Shape.vector(2), 0), range(t, Shape.vector(0), 0),
                range(t, Shape.vector(3), 5))));
        assertArrayEquals(new double[] {0, 1, 5, 6, 7}, vectors.value);
        for (Shape s : OpsTesting.SHAPES) {
            for (int axis = -s.rank(); axis < s.rank(); axis++) {
                int k = axis;
                checkGradient((tape, in) -> tape.push(Concatenate.of(List.of(in[0], in[1], in[0]), k)), -2, 2, s, s);
            }
        }
        checkGradient((tape, in) -> tape.push(Concatenate.of(List.of(in[0], in[1], in[0]), -1)), -2, 2,
                Shape.matrix(3, 2), Shape.matrix(3, 1));
        checkGradient((tape, in) -> tape.push(Concatenate.of(List.of(in[0], in[1]))), -2, 2, Shape.matrix(1, 4),
                Shape.matrix(2, 4));
        checkGradient((tape, in) -> tape.push(Concatenate.of(List.of(in[0], in[1]))), -2, 2, Shape.vector(1), Shape.vector(5));
        checkGradient((tape, in) -> tape.push(Concatenate.of(List.of(in[0], in[1]), 1)), -2, 2, Shape.of(2, 1, 3),
                Shape.of(2, 2, 3));
        assertShapeError("concatenate: all the input array dimensions except for the concatenation axis must match"
                + " exactly, but along dimension 1, argument 0 has shape (2, 3) and argument 1 has shape (2, 2)",
                () -> Concatenate.of(List.of(a, c), 0));
        assertShapeError("concatenate: all the input arrays must have the same number of dimensions, but argument 0"
                + " has shape (2, 3) and argument 1 has shape (3,)", () -> Concatenate.of(List.of(a, range(t, Shape.vector(3), 0))));
        assertShapeError("concatenate: zero-dimensional arrays cannot be concatenated",
                () -> Concatenate.of(List.of(t.constant(1.0), t.constant(2.0))));
        assertShapeError("concatenate: axis 2 is out of bounds for array of dimension 2", () -> Concatenate.of(List.of(a, b), 2));
        assertShapeError("concatenate: need at least one array to concatenate", () -> Concatenate.of(List.of()));
    }

    @Test
    void broadcastTo() {
        Tape t = new Tape();
        Node v = range(t, Shape.vector(3), 1);
        Node m = t.push(new BroadcastTo(v, Shape.matrix(2, 3)));
        assertArrayEquals(new double[] {1, 2, 3, 1, 2, 3}, m.value);
        Node col = t.push(new BroadcastTo(range(t, Shape.matrix(2, 1), 1), Shape.matrix(2, 3)));
        assertArrayEquals(new double[] {1, 1, 1, 2, 2, 2}, col.value);
        for (Shape[] pair : OpsTesting.BROADCAST_PAIRS) {
            Shape target = Shape.broadcast(pair[0], pair[1]);
            checkGradient((tape, in) -> tape.push(new BroadcastTo(in[0], target)), -2, 2, pair[0]);
        }
        assertShapeError("broadcast_to: shape (3,) cannot be broadcast to (2, 2)", () -> new BroadcastTo(v, Shape.matrix(2, 2)));
        assertShapeError("broadcast_to: shape (2, 3) cannot be broadcast to (3,)", () -> new BroadcastTo(m, Shape.vector(3)));
    }
}
