package org.ppl.ad.linalg;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.ppl.ad.GradientChecker;
import org.ppl.ad.Node;
import org.ppl.ad.Shape;
import org.ppl.ad.Tape;
import org.ppl.ad.ops.Add;
import org.ppl.ad.ops.Mul;

/** Shared helpers of the matrix-operation tests. */
final class Checks {
    static final double TOLERANCE = 1e-7;

    private Checks() {}

    static double[] gaussian(int size, Random r) {
        double[] x = new double[size];
        for (int i = 0; i < size; i++) x[i] = r.nextGaussian();
        return x;
    }

    /** A lower-triangular n-by-n matrix with diagonal in [1, 2]; the strict upper triangle holds noise. */
    static double[] lower(int n, Random r) {
        double[] l = new double[n * n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) l[i * n + j] = j < i ? r.nextGaussian() / Math.sqrt(n) : j == i ? 1 + r.nextDouble() : r.nextGaussian();
        }
        return l;
    }

    /** A symmetric positive-definite n-by-n matrix X X^T / n + I. */
    static double[] spd(int n, Random r) {
        double[] x = gaussian(n * n, r);
        double[] a = new double[n * n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                double s = 0;
                for (int k = 0; k < n; k++) s += x[i * n + k] * x[j * n + k];
                a[i * n + j] = s / n + (i == j ? 1 : 0);
            }
        }
        return a;
    }

    /** (S + S^T) / 2 on the tape: the symmetric matrix an SPD argument is in practice. */
    static Node symmetric(Tape t, Node s) {
        return t.push(new Mul(t.push(new Add(s, t.push(new MatrixTranspose(s)))), t.constant(0.5)));
    }

    /** Runs the gradient checker and asserts the agreement. */
    static void gradient(String label, GradientChecker.Function f, Shape[] shapes, double[][] values) {
        GradientChecker.Result result = GradientChecker.check(f, shapes, values, 17);
        assertTrue(result.passes(TOLERANCE), label + ": " + result);
    }

    /** Evaluates f once at the given values and returns the output node. */
    static Node evaluate(GradientChecker.Function f, Shape[] shapes, double[][] values) {
        Tape tape = new Tape();
        Node[] inputs = new Node[shapes.length];
        for (int i = 0; i < shapes.length; i++) {
            inputs[i] = tape.variable(shapes[i]);
            System.arraycopy(values[i], 0, inputs[i].value, 0, values[i].length);
        }
        Node out = f.build(tape, inputs);
        tape.forward();
        return out;
    }
}
