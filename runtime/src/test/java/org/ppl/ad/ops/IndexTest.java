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
import org.ppl.ad.ops.IndexSpec.All;
import org.ppl.ad.ops.IndexSpec.At;
import org.ppl.ad.ops.IndexSpec.Ellipsis;
import org.ppl.ad.ops.IndexSpec.NewAxis;
import org.ppl.ad.ops.IndexSpec.Slice;
import org.ppl.ad.ops.IndexSpec.Take;

/** Expected shapes and values are NumPy's, for {@code x = np.arange(24).reshape(2, 3, 4)} and {@code v = np.arange(5)}. */
class IndexTest {
    private static final Shape CUBE = Shape.of(2, 3, 4);

    private static Node range(Tape t, Shape s) {
        double[] v = new double[s.size()];
        for (int i = 0; i < v.length; i++) v[i] = i;
        return t.constant(s, v);
    }

    private static void expect(Shape in, List<IndexSpec> specs, Shape shape, double... values) {
        Tape t = new Tape();
        Node x = range(t, in);
        Node y = t.push(Index.of(x, specs));
        assertEquals(shape, y.shape, specs.toString());
        assertArrayEquals(values, y.value, specs.toString());
    }

    private static IndexSpec at(int i) {
        return new At(i);
    }

    private static IndexSpec take(int... i) {
        return new Take(i);
    }

    private static IndexSpec slice(Integer start, Integer stop, Integer step) {
        return new Slice(start, stop, step);
    }

    private static final IndexSpec ALL = new All();
    private static final IndexSpec ELLIPSIS = new Ellipsis();
    private static final IndexSpec NONE = new NewAxis();

    private static double[] seq(int from, int to) {
        double[] v = new double[to - from];
        for (int i = 0; i < v.length; i++) v[i] = from + i;
        return v;
    }

    @Test
    void basicIndexing() {
        expect(CUBE, List.of(at(1)), Shape.matrix(3, 4), seq(12, 24));
        expect(CUBE, List.of(ALL, at(1)), Shape.matrix(2, 4), 4, 5, 6, 7, 16, 17, 18, 19);
        expect(CUBE, List.of(ELLIPSIS, at(-1)), Shape.matrix(2, 3), 3, 7, 11, 15, 19, 23);
        expect(CUBE, List.of(at(0), slice(null, null, -1), slice(1, 3, null)), Shape.matrix(3, 2), 9, 10, 5, 6, 1, 2);
        expect(CUBE, List.of(at(-1), at(-1), at(-1)), Shape.SCALAR, 23);
        expect(CUBE, List.of(at(1), ELLIPSIS, at(2)), Shape.vector(3), 14, 18, 22);
        expect(CUBE, List.of(ALL, ALL, slice(null, null, 3)), Shape.of(2, 3, 2), 0, 3, 4, 7, 8, 11, 12, 15, 16, 19, 20, 23);
        expect(CUBE, List.of(at(0), slice(5, 1, -2)), Shape.matrix(1, 4), 8, 9, 10, 11);
        expect(CUBE, List.of(), CUBE, seq(0, 24));
        expect(Shape.SCALAR, List.of(), Shape.SCALAR, 0);
    }

    @Test
    void newAxes() {
        expect(CUBE, List.of(NONE, at(0)), Shape.of(1, 3, 4), seq(0, 12));
        expect(CUBE, List.of(ALL, NONE, at(1)), Shape.of(2, 1, 4), 4, 5, 6, 7, 16, 17, 18, 19);
        expect(CUBE, List.of(ELLIPSIS, NONE), Shape.of(2, 3, 4, 1), seq(0, 24));
        expect(Shape.SCALAR, List.of(NONE), Shape.vector(1), 0);
    }

    @Test
    void slicesFollowPython() {
        Shape v = Shape.vector(5);
        expect(v, List.of(slice(10, null, null)), Shape.vector(0));
        expect(v, List.of(slice(-100, 2, null)), Shape.vector(2), 0, 1);
        expect(v, List.of(slice(null, null, -1)), Shape.vector(5), 4, 3, 2, 1, 0);
        expect(v, List.of(slice(null, null, 3)), Shape.vector(2), 0, 3);
        expect(v, List.of(slice(-2, null, null)), Shape.vector(2), 3, 4);
        expect(v, List.of(slice(3, 1, null)), Shape.vector(0));
        expect(v, List.of(slice(4, -10, -1)), Shape.vector(5), 4, 3, 2, 1, 0);
        expect(v, List.of(slice(-1, -6, -2)), Shape.vector(3), 4, 2, 0);
        expect(v, List.of(slice(1, 100, 2)), Shape.vector(2), 1, 3);
        expect(v, List.of(slice(null, 0, null)), Shape.vector(0));
        expect(v, List.of(slice(Integer.MIN_VALUE, Integer.MAX_VALUE, null)), Shape.vector(5), 0, 1, 2, 3, 4);
    }

    @Test
    void advancedIndexing() {
        double[] rows = new double[36];
        System.arraycopy(seq(12, 24), 0, rows, 0, 12);
        System.arraycopy(seq(0, 12), 0, rows, 12, 12);
        System.arraycopy(seq(12, 24), 0, rows, 24, 12);
        expect(CUBE, List.of(take(1, 0, 1)), Shape.of(3, 3, 4), rows);
        // Adjacent advanced indices stay in place; separated ones go first.
        expect(CUBE, List.of(ALL, take(0, 2), take(1, 3)), Shape.matrix(2, 2), 1, 11, 13, 23);
        expect(CUBE, List.of(take(0, 1), ALL, take(1, 3)), Shape.matrix(2, 3), 1, 5, 9, 15, 19, 23);
        // An integer beside an array index is an advanced index too (NumPy's rule).
        expect(CUBE, List.of(take(0, 1), at(1), ALL), Shape.matrix(2, 4), 4, 5, 6, 7, 16, 17, 18, 19);
        expect(CUBE, List.of(ALL, at(1), take(0, 3)), Shape.matrix(2, 2), 4, 7, 16, 19);
        expect(CUBE, List.of(at(1), ALL, take(0, 3)), Shape.matrix(2, 3), 12, 16, 20, 15, 19, 23);
        // Length-1 arrays broadcast; a new axis separates advanced indices.
        expect(CUBE, List.of(take(1), ALL, take(0, 2, 3)), Shape.matrix(3, 3), 12, 16, 20, 14, 18, 22, 15, 19, 23);
        expect(CUBE, List.of(take(0, 1), NONE, take(1, 2)), Shape.of(2, 1, 4), 4, 5, 6, 7, 20, 21, 22, 23);
        expect(CUBE, List.of(at(0), take(2, 0), NONE), Shape.of(2, 1, 4), 8, 9, 10, 11, 0, 1, 2, 3);
        expect(Shape.vector(5), List.of(take(-1, 0, 0, 4)), Shape.vector(4), 4, 0, 0, 4);
        expect(Shape.vector(5), List.of(take()), Shape.vector(0));
    }

    @Test
    void hierarchicalIndexScattersGradientsBack() {
        // alpha[county]: repeated counties add their gradients.
        int[] county = {0, 2, 2, 1, 0, 2};
        Tape tape = new Tape();
        Node alpha = tape.variable(Shape.vector(3));
        System.arraycopy(new double[] {10, 20, 30}, 0, alpha.value, 0, 3);
        Node y = tape.push(Index.of(alpha, List.of(take(county))));
        tape.forward();
        assertArrayEquals(new double[] {10, 30, 30, 20, 10, 30}, y.value);
        tape.zeroAdjoints();
        for (int k = 0; k < 6; k++) y.adjoint[k] = k + 1;
        tape.backward();
        assertArrayEquals(new double[] {1 + 5, 4, 2 + 3 + 6}, alpha.adjoint);
    }

    @Test
    void gradients() {
        List<List<IndexSpec>> cases = List.of(
                List.of(at(1)), List.of(ALL, at(-1)), List.of(take(1, 0, 1, 1)), List.of(ALL, take(0, 2), take(1, 3)),
                List.of(at(1), ALL, take(0, 3, 3)), List.of(slice(null, null, -1), NONE, slice(1, null, 2)));
        for (List<IndexSpec> specs : cases) {
            checkGradient((t, in) -> t.push(Index.of(in[0], specs)), -2, 2, CUBE);
        }
        for (Shape s : OpsTesting.SHAPES) {
            checkGradient((t, in) -> t.push(Index.of(in[0], List.of(ELLIPSIS, NONE))), -2, 2, s);
            if (s.rank() > 0) checkGradient((t, in) -> t.push(Index.of(in[0], List.of(take(0, -1, 0)))), -2, 2, s);
        }
    }

    @Test
    void indexErrorsInNumPysWords() {
        Tape t = new Tape();
        Node v = range(t, Shape.vector(5));
        Node x = range(t, CUBE);
        assertShapeError("index 5 is out of bounds for axis 0 with size 5", () -> Index.of(v, at(5)));
        assertShapeError("index -6 is out of bounds for axis 0 with size 5", () -> Index.of(v, at(-6)));
        assertShapeError("index 5 is out of bounds for axis 0 with size 5", () -> Index.of(v, take(0, 5)));
        assertShapeError("index 3 is out of bounds for axis 1 with size 3", () -> Index.of(x, ALL, at(3)));
        assertShapeError("too many indices for array: array is 3-dimensional, but 4 were indexed",
                () -> Index.of(x, at(0), at(0), at(0), at(0)));
        assertShapeError("too many indices for array: array is 0-dimensional, but 1 were indexed",
                () -> Index.of(t.constant(1.0), at(0)));
        assertShapeError("an index can only have a single ellipsis ('...')", () -> Index.of(x, ELLIPSIS, at(0), ELLIPSIS));
        assertShapeError("slice step cannot be zero", () -> Index.of(v, slice(null, null, 0)));
        assertShapeError("shape mismatch: indexing arrays could not be broadcast together with shapes (2,) (3,)",
                () -> Index.of(x, take(0, 1), ALL, take(0, 1, 2)));
        assertShapeError("shape mismatch: indexing arrays could not be broadcast together with shapes (2,) (3,)",
                () -> Index.of(x, at(0), take(0, 1), take(0, 1, 2)));
    }

    @Test
    void specsPrintAsPython() {
        assertEquals("[1, ::-1, 2:, [0, 2], :, ..., None]",
                List.of(at(1), slice(null, null, -1), slice(2, null, null), take(0, 2), ALL, ELLIPSIS, NONE).toString());
        assertEquals(take(1, 2), take(1, 2));
    }
}
