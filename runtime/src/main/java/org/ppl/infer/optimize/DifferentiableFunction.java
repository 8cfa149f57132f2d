package org.ppl.infer.optimize;

/** A function to minimise, with its gradient. */
@FunctionalInterface
public interface DifferentiableFunction {
    /**
     * The value at {@code x}, writing the gradient into {@code gradient}. A point where the
     * function cannot be evaluated (outside its domain, a numeric failure) returns a non-finite
     * value; the gradient is then ignored.
     */
    double valueAndGradient(double[] x, double[] gradient);
}
