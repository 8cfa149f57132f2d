package org.ppl.ad.ops;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.ppl.ad.ops.OpsTesting.assertClose;
import static org.ppl.ad.ops.OpsTesting.assertShapeError;
import static org.ppl.ad.ops.OpsTesting.checkGradient;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.BiFunction;
import java.util.function.ToDoubleFunction;
import org.junit.jupiter.api.Test;
import org.ppl.ad.Node;
import org.ppl.ad.Op;
import org.ppl.ad.Shape;
import org.ppl.ad.Tape;

class ReductionTest {
    private static final Shape CUBE = Shape.of(2, 3, 4);

    /** A reduction built with an axis (null: all elements). */
    private interface Build extends BiFunction<Node, Integer, Op> {}

    /** The multi-index of element k of a row-major array. */
    private static int[] unravel(Shape s, int k) {
        int[] index = new int[s.rank()];
        for (int i = s.rank() - 1; i >= 0; i--) {
            index[i] = k % s.dim(i);
            k /= s.dim(i);
        }
        return index;
    }

    /**
     * The slices a reduction over {@code axis} sees, in the order of the output's elements: for each
     * output element, the input values whose multi-index equals it once the axis is removed.
     */
    private static List<double[]> slices(Shape s, double[] x, Integer axis) {
        List<double[]> out = new ArrayList<>();
        if (axis == null) {
            out.add(x.clone());
            return out;
        }
        int a = axis < 0 ? axis + s.rank() : axis;
        int count = s.size() / s.dim(a);
        List<List<Double>> groups = new ArrayList<>();
        List<String> keys = new ArrayList<>();
        for (int k = 0; k < s.size(); k++) {
            int[] index = unravel(s, k);
            index[a] = -1;
            String key = java.util.Arrays.toString(index);
            int g = keys.indexOf(key);
            if (g < 0) {
                keys.add(key);
                groups.add(new ArrayList<>());
                g = keys.size() - 1;
            }
            groups.get(g).add(x[k]);
        }
        assertEquals(count, groups.size());
        for (List<Double> group : groups) out.add(group.stream().mapToDouble(Double::doubleValue).toArray());
        return out;
    }

    private static Integer[] axesOf(Shape s) {
        Integer[] axes = new Integer[2 * s.rank() + 1];
        for (int i = 0; i < s.rank(); i++) {
            axes[2 * i] = i;
            axes[2 * i + 1] = i - s.rank();
        }
        return axes; // the last entry is null: all elements
    }

    /** Checks a reduction's values against {@code reference} on each slice, and its gradient, for every shape and axis. */
    private static void checkReduction(Build build, ToDoubleFunction<double[]> reference, double low, double high) {
        Random r = new Random(3);
        List<Shape> shapes = new ArrayList<>(List.of(OpsTesting.SHAPES));
        shapes.add(CUBE);
        for (Shape s : shapes) {
            for (Integer axis : axesOf(s)) {
                double[] x = OpsTesting.uniform(s, low, high, r);
                double[] z = OpsTesting.evaluate(in -> build.apply(in, axis), s, x);
                List<double[]> slices = slices(s, x, axis);
                assertEquals(slices.size(), z.length);
                for (int k = 0; k < z.length; k++) {
                    assertClose(reference.applyAsDouble(slices.get(k)), z[k], 1e-14, s + " axis " + axis + " element " + k);
                }
                checkGradient((t, in) -> t.push(build.apply(in[0], axis)), low, high, s);
            }
        }
    }

    private static double sum(double[] v) {
        double s = 0;
        for (double x : v) s += x;
        return s;
    }

    private static double variance(double[] v) {
        double m = sum(v) / v.length;
        double s = 0;
        for (double x : v) s += (x - m) * (x - m);
        return s / v.length;
    }

    @Test
    void reductionsMatchTheirFormulas() {
        checkReduction((x, a) -> a == null ? new Sum(x) : new Sum(x, a), ReductionTest::sum, -2, 2);
        checkReduction((x, a) -> a == null ? new Mean(x) : new Mean(x, a), v -> sum(v) / v.length, -2, 2);
        checkReduction((x, a) -> a == null ? new Prod(x) : new Prod(x, a), v -> {
            double p = 1;
            for (double x : v) p *= x;
            return p;
        }, 0.5, 1.5);
        checkReduction((x, a) -> a == null ? Extremum.max(x) : Extremum.max(x, a),
                v -> java.util.Arrays.stream(v).max().getAsDouble(), -2, 2);
        checkReduction((x, a) -> a == null ? Extremum.min(x) : Extremum.min(x, a),
                v -> java.util.Arrays.stream(v).min().getAsDouble(), -2, 2);
        checkReduction((x, a) -> a == null ? new LogSumExp(x) : new LogSumExp(x, a), v -> {
            double s = 0;
            for (double x : v) s += Math.exp(x);
            return Math.log(s);
        }, -2, 2);
        checkReduction((x, a) -> Variance.variance(x, a, 0), ReductionTest::variance, -2, 2);
        checkReduction((x, a) -> Variance.standardDeviation(x, a, 0), v -> Math.sqrt(variance(v)), -2, 2);
    }

    @Test
    void reductionsOfARangeMatchNumPy() {
        Tape t = new Tape();
        double[] range = new double[24];
        for (int i = 0; i < 24; i++) range[i] = i;
        Node x = t.constant(CUBE, range);
        // np.arange(24).reshape(2, 3, 4).sum(axis=1), .max(axis=-1), .mean(axis=0)
        Node s1 = t.push(new Sum(x, 1));
        assertEquals(Shape.matrix(2, 4), s1.shape);
        assertArrayEquals(new double[] {12, 15, 18, 21, 48, 51, 54, 57}, s1.value);
        Node m2 = t.push(Extremum.max(x, -1));
        assertEquals(Shape.matrix(2, 3), m2.shape);
        assertArrayEquals(new double[] {3, 7, 11, 15, 19, 23}, m2.value);
        Node mean0 = t.push(new Mean(x, 0));
        assertArrayEquals(new double[] {6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17}, mean0.value);
        Node all = t.push(new Sum(x));
        assertEquals(Shape.SCALAR, all.shape);
        assertEquals(276.0, all.value[0]);
        // np.var(np.arange(24).reshape(2, 3, 4), axis=1, ddof=1)
        Node var1 = t.push(Variance.variance(x, 1, 1));
        assertArrayEquals(new double[] {16, 16, 16, 16, 16, 16, 16, 16}, var1.value, 1e-12);
    }

    @Test
    void alongAxisOperationsMatchTheirFormulas() {
        Random r = new Random(4);
        List<Shape> shapes = new ArrayList<>(List.of(OpsTesting.SHAPES));
        shapes.add(CUBE);
        for (Shape s : shapes) {
            for (Integer axis : axesOf(s)) {
                if (axis == null && s.rank() > 0) continue;
                double[] x = OpsTesting.uniform(s, -3, 3, r);
                double[] soft = OpsTesting.evaluate(in -> axis == null ? new Softmax(in) : new Softmax(in, axis), s, x);
                double[] logSoft = OpsTesting.evaluate(in -> axis == null ? new LogSoftmax(in) : new LogSoftmax(in, axis), s, x);
                double[] cum = OpsTesting.evaluate(in -> axis == null ? new CumSum(in) : new CumSum(in, axis), s, x);
                // Each slice of the output matches the formula on the same slice of the input.
                List<double[]> in = slices(s, x, axis);
                List<double[]> outSoft = slices(s, soft, axis);
                List<double[]> outLog = slices(s, logSoft, axis);
                List<double[]> outCum = slices(s, cum, axis);
                for (int g = 0; g < in.size(); g++) {
                    double[] v = in.get(g);
                    double total = 0;
                    for (double e : v) total += Math.exp(e);
                    double running = 0;
                    for (int i = 0; i < v.length; i++) {
                        running += v[i];
                        assertClose(Math.exp(v[i]) / total, outSoft.get(g)[i], 1e-14, "softmax");
                        assertClose(v[i] - Math.log(total), outLog.get(g)[i], 1e-14, "log_softmax");
                        assertClose(running, outCum.get(g)[i], 1e-14, "cumsum");
                    }
                }
                checkGradient((t, n) -> t.push(axis == null ? new Softmax(n[0]) : new Softmax(n[0], axis)), -3, 3, s);
                checkGradient((t, n) -> t.push(axis == null ? new LogSoftmax(n[0]) : new LogSoftmax(n[0], axis)), -3, 3, s);
                checkGradient((t, n) -> t.push(axis == null ? new CumSum(n[0]) : new CumSum(n[0], axis)), -3, 3, s);
            }
        }
    }

    @Test
    void softmaxDefaultsToTheLastAxisAndCumsumFlattens() {
        Tape t = new Tape();
        Node m = t.constant(Shape.matrix(2, 2), 0, 0, 1, 1);
        assertArrayEquals(new double[] {0.5, 0.5, 0.5, 0.5}, t.push(new Softmax(m)).value, 1e-15);
        Node c = t.push(new CumSum(m));
        assertEquals(Shape.vector(4), c.shape);
        assertArrayEquals(new double[] {0, 0, 1, 2}, c.value);
        assertArrayEquals(new double[] {0, 0, 1, 2}, t.push(new CumSum(m, 1)).value);
        assertArrayEquals(new double[] {0, 0, 1, 1}, t.push(new CumSum(m, 0)).value);
        assertArrayEquals(new double[] {1.0}, t.push(new Softmax(t.constant(5.0))).value);
    }

    @Test
    void logSumExpAndSoftmaxAreStable() {
        Tape t = new Tape();
        assertEquals(1000 + Math.log(2), t.push(new LogSumExp(t.constant(Shape.vector(2), 1000, 1000))).value[0], 1e-12);
        assertEquals(-1000 + Math.log(2), t.push(new LogSumExp(t.constant(Shape.vector(2), -1000, -1000))).value[0], 1e-12);
        double inf = Double.POSITIVE_INFINITY;
        assertEquals(-inf, t.push(new LogSumExp(t.constant(Shape.vector(2), -inf, -inf))).value[0]);
        assertEquals(inf, t.push(new LogSumExp(t.constant(Shape.vector(2), inf, 1))).value[0]);
        assertEquals(Double.NaN, t.push(new LogSumExp(t.constant(Shape.vector(2), Double.NaN, 1))).value[0]);
        assertEquals(-inf, t.push(new LogSumExp(t.constant(Shape.vector(0)))).value[0]);
        assertArrayEquals(new double[] {1, 0}, t.push(new Softmax(t.constant(Shape.vector(2), 1000, 0))).value);
        assertArrayEquals(new double[] {0, -1000}, t.push(new LogSoftmax(t.constant(Shape.vector(2), 1000, 0))).value);
        // All terms -∞: the value is -∞ and the gradient stays finite (zero).
        Tape tape = new Tape();
        Node x = tape.variable(Shape.vector(2));
        x.value[0] = x.value[1] = -inf;
        Node z = tape.push(new LogSumExp(x));
        tape.forward();
        tape.zeroAdjoints();
        z.adjoint[0] = 1;
        tape.backward();
        assertArrayEquals(new double[] {0, 0}, x.adjoint);
    }

    /** The gradient of a scalar reduction at {@code values}. */
    private static double[] gradient(java.util.function.Function<Node, Op> build, double... values) {
        Tape tape = new Tape();
        Node x = tape.variable(Shape.vector(values.length));
        System.arraycopy(values, 0, x.value, 0, values.length);
        Node z = tape.push(build.apply(x));
        tape.forward();
        tape.zeroAdjoints();
        z.adjoint[0] = 1;
        tape.backward();
        return x.adjoint.clone();
    }

    @Test
    void productGradientWithZeroFactors() {
        assertArrayEquals(new double[] {6, 3, 2}, gradient(Prod::new, 1, 2, 3));
        assertArrayEquals(new double[] {6, 0, 0}, gradient(Prod::new, 0, 2, 3));
        assertArrayEquals(new double[] {0, 0, 0}, gradient(Prod::new, 0, 2, 0));
    }

    @Test
    void extremaFollowNumPy() {
        // Ties: the first gets the gradient. NaN wins, as np.max.
        assertArrayEquals(new double[] {0, 1, 0, 0}, gradient(Extremum::max, 1, 3, 3, 2));
        assertArrayEquals(new double[] {1, 0, 0, 0}, gradient(Extremum::min, 1, 3, 3, 1));
        Tape t = new Tape();
        assertEquals(Double.NaN, t.push(Extremum.max(t.constant(Shape.vector(3), 1, Double.NaN, 5))).value[0]);
        assertEquals(Double.NaN, t.push(Extremum.min(t.constant(Shape.vector(3), Double.NaN, 1, 5))).value[0]);
        assertEquals(-1.0, t.push(Extremum.max(t.constant(Shape.vector(2), Double.NEGATIVE_INFINITY, -1))).value[0]);
    }

    @Test
    void emptyReductions() {
        Tape t = new Tape();
        Node empty = t.constant(Shape.vector(0));
        assertEquals(0.0, t.push(new Sum(empty)).value[0]);
        assertEquals(1.0, t.push(new Prod(empty)).value[0]);
        assertEquals(Double.NaN, t.push(new Mean(empty)).value[0]);
        Node wide = t.constant(Shape.matrix(0, 3));
        assertArrayEquals(new double[] {0, 0, 0}, t.push(new Sum(wide, 0)).value);
        assertEquals(Shape.vector(0), t.push(new Sum(wide, 1)).shape);
        assertShapeError("max: zero-size array to reduction operation max which has no identity", () -> Extremum.max(empty));
        assertShapeError("min: zero-size array to reduction operation min which has no identity", () -> Extremum.min(wide, 0));
    }

    @Test
    void dotOfVectors() {
        Tape t = new Tape();
        Node a = t.constant(Shape.vector(3), 1, 2, 3);
        Node b = t.constant(Shape.vector(3), 4, -5, 6);
        assertEquals(12.0, t.push(new Dot(a, b)).value[0]);
        for (int n : new int[] {1, 5}) {
            checkGradient((tape, in) -> tape.push(new Dot(in[0], in[1])), -2, 2, Shape.vector(n), Shape.vector(n));
        }
        checkGradient((tape, in) -> tape.push(new Dot(in[0], tape.constant(Shape.vector(3), 1, 2, 3))), -2, 2, Shape.vector(3));
        assertShapeError("dot: shapes (3,) and (2,) not aligned: 3 (dim 0) != 2 (dim 0)",
                () -> new Dot(a, t.constant(Shape.vector(2), 1, 2)));
        assertShapeError("dot: expects two vectors, got shapes (3,) and (3, 1) (use @ for matrix products)",
                () -> new Dot(a, t.constant(Shape.matrix(3, 1), 1, 2, 3)));
    }

    @Test
    void axisErrors() {
        Tape t = new Tape();
        Node m = t.constant(Shape.matrix(2, 3), 1, 2, 3, 4, 5, 6);
        Node s = t.constant(1.0);
        assertShapeError("sum: axis 2 is out of bounds for array of dimension 2", () -> new Sum(m, 2));
        assertShapeError("mean: axis -3 is out of bounds for array of dimension 2", () -> new Mean(m, -3));
        assertShapeError("prod: axis 0 is out of bounds for array of dimension 0", () -> new Prod(s, 0));
        assertShapeError("max: axis 5 is out of bounds for array of dimension 2", () -> Extremum.max(m, 5));
        assertShapeError("log_sum_exp: axis 2 is out of bounds for array of dimension 2", () -> new LogSumExp(m, 2));
        assertShapeError("softmax: axis 2 is out of bounds for array of dimension 2", () -> new Softmax(m, 2));
        assertShapeError("log_softmax: axis -3 is out of bounds for array of dimension 2", () -> new LogSoftmax(m, -3));
        assertShapeError("cumsum: axis 0 is out of bounds for array of dimension 0", () -> new CumSum(s, 0));
        assertShapeError("var: axis 2 is out of bounds for array of dimension 2", () -> Variance.variance(m, 2, 0));
        assertShapeError("std: ddof must be non-negative, got -1", () -> Variance.standardDeviation(m, null, -1));
    }
}
