package org.ppl.ad;

import java.util.Random;

/**
 * Compares the reverse-mode gradient of a tape-built function with finite differences. The
 * function's output (any shape) is contracted with fixed random weights to a scalar, so every
 * output element and every input element is exercised. Differences use the five-point stencil
 * (error O(h^4)), so a relative error of 1e-6 separates right from wrong by orders of magnitude.
 */
public final class GradientChecker {
    /** Builds the function on a tape from its input nodes. */
    @FunctionalInterface
    public interface Function {
        Node build(Tape tape, Node[] inputs);
    }

    /** The worst disagreement found. */
    public record Result(double maxError, int input, int index, double reverse, double finite) {
        public boolean passes(double tolerance) {
            return maxError <= tolerance;
        }

        @Override
        public String toString() {
            return String.format("max error %.3g at input %d element %d: reverse %.12g, finite difference %.12g",
                    maxError, input, index, reverse, finite);
        }
    }

    private GradientChecker() {}

    /**
     * Checks the gradient of {@code f} at the given input values. The error of one element is
     * |reverse - finite| / max(1, |reverse|, |finite|): relative for large gradients, absolute for
     * small ones.
     */
    public static Result check(Function f, Shape[] shapes, double[][] values, long seed) {
        Tape tape = new Tape();
        Node[] inputs = new Node[shapes.length];
        for (int i = 0; i < shapes.length; i++) {
            inputs[i] = tape.variable(shapes[i]);
            System.arraycopy(values[i], 0, inputs[i].value, 0, values[i].length);
        }
        Node out = f.build(tape, inputs);
        double[] weights = new double[out.size()];
        Random random = new Random(seed);
        for (int k = 0; k < weights.length; k++) weights[k] = 0.5 + random.nextDouble();

        tape.forward();
        tape.zeroAdjoints();
        if (out.adjoint == null) throw new IllegalArgumentException("output does not depend on the inputs");
        System.arraycopy(weights, 0, out.adjoint, 0, weights.length);
        tape.backward();
        double[][] reverse = new double[inputs.length][];
        for (int i = 0; i < inputs.length; i++) reverse[i] = inputs[i].adjoint.clone();

        Result worst = new Result(0, -1, -1, 0, 0);
        for (int i = 0; i < inputs.length; i++) {
            double[] x = inputs[i].value;
            for (int j = 0; j < x.length; j++) {
                double x0 = x[j];
                double h = 1e-4 * Math.max(1.0, Math.abs(x0));
                double fp1 = evaluate(tape, out, weights, x, j, x0 + h);
                double fm1 = evaluate(tape, out, weights, x, j, x0 - h);
                double fp2 = evaluate(tape, out, weights, x, j, x0 + 2 * h);
                double fm2 = evaluate(tape, out, weights, x, j, x0 - 2 * h);
                x[j] = x0;
                double finite = (8 * (fp1 - fm1) - (fp2 - fm2)) / (12 * h);
                double r = reverse[i][j];
                double err = Math.abs(r - finite) / Math.max(1.0, Math.max(Math.abs(r), Math.abs(finite)));
                if (!(err <= worst.maxError())) worst = new Result(err, i, j, r, finite);
            }
        }
        tape.forward();
        return worst;
    }

    private static double evaluate(Tape tape, Node out, double[] w, double[] x, int j, double xj) {
        x[j] = xj;
        tape.forward();
        double s = 0;
        for (int k = 0; k < w.length; k++) s += w[k] * out.value[k];
        return s;
    }
}
