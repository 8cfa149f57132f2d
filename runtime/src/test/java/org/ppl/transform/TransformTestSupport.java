package org.ppl.transform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Random;
import java.util.function.Function;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.LUDecomposition_F64;
import org.ppl.ad.GradientChecker;
import org.ppl.ad.Node;
import org.ppl.ad.Shape;
import org.ppl.ad.Tape;
import org.ppl.ad.ops.Add;

/**
 * Checks shared by the transform tests: a transform bound on its own tape, log |J| against the
 * log-determinant of a finite-difference Jacobian, and gradients of the value, of log |J| and of
 * both at once by {@link GradientChecker}.
 */
final class TransformTestSupport {
    static final double GRADIENT_TOLERANCE = 1e-7;
    static final double LOG_DET_TOLERANCE = 1e-7;
    static final double ROUND_TRIP_TOLERANCE = 1e-9;

    private TransformTestSupport() {}

    /** A transform bound to a fresh free variable of its own tape, ready to evaluate. */
    static final class Bound {
        final Tape tape = new Tape();
        final Node free;
        final TransformOp op;

        Bound(Function<Tape, Transform> make, Shape shape) {
            Transform t = make.apply(tape);
            free = tape.variable(Shape.vector(t.freeSize(shape)));
            op = t.bind(free, shape);
            tape.push(op);
        }

        double[] forward(double[] y) {
            System.arraycopy(y, 0, free.value, 0, y.length);
            tape.forward();
            return op.value().value.clone();
        }

        double logJacobian(double[] y) {
            forward(y);
            return op.logJacobian().scalar();
        }

        double[] inverse(double[] x) {
            double[] y = new double[free.size()];
            op.inverse(x, y);
            return y;
        }
    }

    static double[] gaussian(Random r, int n, double scale) {
        double[] v = new double[n];
        for (int i = 0; i < n; i++) v[i] = scale * r.nextGaussian();
        return v;
    }

    /**
     * log |det J| of the map from the free vector to the value entries {@code coordinates}, by
     * five-point central differences and an LU decomposition (independent of the transform's own
     * log-Jacobian).
     */
    static double finiteDifferenceLogDet(Bound b, double[] y, int[] coordinates) {
        int n = y.length;
        assertEquals(n, coordinates.length, "the Jacobian must be square");
        DMatrixRMaj jac = new DMatrixRMaj(n, n);
        for (int j = 0; j < n; j++) {
            double h = 1e-4 * Math.max(1, Math.abs(y[j]));
            double[] p1 = shifted(b, y, j, h), m1 = shifted(b, y, j, -h);
            double[] p2 = shifted(b, y, j, 2 * h), m2 = shifted(b, y, j, -2 * h);
            for (int i = 0; i < n; i++) {
                int c = coordinates[i];
                jac.set(i, j, (8 * (p1[c] - m1[c]) - (p2[c] - m2[c])) / (12 * h));
            }
        }
        if (n == 0) return 0;
        LUDecomposition_F64<DMatrixRMaj> lu = DecompositionFactory_DDRM.lu(n, n);
        assertTrue(lu.decompose(jac));
        DMatrixRMaj upper = lu.getUpper(null);
        double logDet = 0;
        for (int i = 0; i < n; i++) logDet += Math.log(Math.abs(upper.get(i, i)));
        return logDet;
    }

    private static double[] shifted(Bound b, double[] y, int j, double h) {
        double[] z = y.clone();
        z[j] += h;
        return b.forward(z);
    }

    static int[] allCoordinates(int n) {
        int[] c = new int[n];
        for (int i = 0; i < n; i++) c[i] = i;
        return c;
    }

    static void assertLogJacobianMatchesDeterminant(Bound b, double[] y, int[] coordinates) {
        double expected = finiteDifferenceLogDet(b, y, coordinates);
        double actual = b.logJacobian(y);
        assertEquals(expected, actual, LOG_DET_TOLERANCE * Math.max(1, Math.abs(expected)),
                "log |J| at " + Arrays.toString(y));
    }

    /** Which output of the transform the gradient check contracts. */
    enum Output { VALUE, LOG_JACOBIAN, BOTH }

    /** A bound given to a gradient check: its shape and values. */
    record BoundInput(Shape shape, double... values) {}

    /**
     * Gradient check of one output with respect to the free vector and every bound. {@code make}
     * receives the bound inputs (variables of the checker's tape) and builds the transform.
     */
    static void assertGradients(Function<Node[], Transform> make, Shape shape, double[] free, BoundInput[] bounds,
            Output output) {
        Shape[] shapes = new Shape[bounds.length + 1];
        double[][] values = new double[bounds.length + 1][];
        shapes[0] = Shape.vector(free.length);
        values[0] = free;
        for (int i = 0; i < bounds.length; i++) {
            shapes[i + 1] = bounds[i].shape();
            values[i + 1] = bounds[i].values();
        }
        GradientChecker.Result result = GradientChecker.check((tape, in) -> {
            Node[] boundNodes = Arrays.copyOfRange(in, 1, in.length);
            TransformOp op = make.apply(boundNodes).bind(in[0], shape);
            tape.push(op);
            switch (output) {
                case VALUE:
                    return op.value();
                case LOG_JACOBIAN:
                    return op.logJacobian();
                default:
                    return tape.push(new Add(op.value(), op.logJacobian()));
            }
        }, shapes, values, 17);
        assertTrue(result.passes(GRADIENT_TOLERANCE), output + " of " + shape + ": " + result);
    }

    static void assertAllGradients(Function<Node[], Transform> make, Shape shape, double[] free, BoundInput... bounds) {
        for (Output o : Output.values()) assertGradients(make, shape, free, bounds, o);
    }

    /** After a forward and backward sweep with unit adjoints: no NaN in value, log |J| or gradients. */
    static void assertNoNaN(Bound b, double[] y, Node... bounds) {
        b.forward(y);
        b.tape.zeroAdjoints();
        Arrays.fill(b.op.value().adjoint, 1.0);
        b.op.logJacobian().adjoint[0] = 1.0;
        b.tape.backward();
        String at = " at " + Arrays.toString(y);
        for (double v : b.op.value().value) assertTrue(!Double.isNaN(v), "value NaN" + at);
        assertTrue(Double.isFinite(b.op.logJacobian().scalar()), "log |J| " + b.op.logJacobian().scalar() + at);
        for (double g : b.free.adjoint) assertTrue(Double.isFinite(g), "free gradient " + g + at);
        for (Node n : bounds) {
            if (n.adjoint == null) continue;
            for (double g : n.adjoint) assertTrue(Double.isFinite(g), "bound gradient " + g + at);
        }
    }

    static void assertClose(double[] expected, double[] actual, double tolerance, String what) {
        assertEquals(expected.length, actual.length, what + ": length");
        for (int i = 0; i < expected.length; i++) {
            double scale = Math.max(1, Math.abs(expected[i]));
            assertEquals(expected[i], actual[i], tolerance * scale, what + ": element " + i + " of "
                    + Arrays.toString(actual) + " against " + Arrays.toString(expected));
        }
    }

    /** A matrix of standard normal entries. */
    static DMatrixRMaj gaussianMatrix(Random r, int rows, int cols) {
        DMatrixRMaj m = new DMatrixRMaj(rows, cols);
        for (int i = 0; i < m.data.length; i++) m.data[i] = r.nextGaussian();
        return m;
    }

    /** A x A^T + I, which is symmetric positive definite. */
    static DMatrixRMaj randomSpd(Random r, int n) {
        DMatrixRMaj a = gaussianMatrix(r, n, n + 2);
        DMatrixRMaj s = new DMatrixRMaj(n, n);
        CommonOps_DDRM.multTransB(a, a, s);
        for (int i = 0; i < n; i++) s.add(i, i, 1.0);
        return s;
    }
}
