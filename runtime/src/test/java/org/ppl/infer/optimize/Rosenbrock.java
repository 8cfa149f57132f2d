package org.ppl.infer.optimize;

import org.ppl.infer.vi.HandWrittenModel;

/**
 * Rosenbrock's function as a "model" with log density −f. Chained form f(x) = Σ_{i<n} 100
 * (x_{i+1} − x_i²)² + (1 − x_i)², minimum 0 at (1, ..., 1).
 */
public final class Rosenbrock extends HandWrittenModel implements DifferentiableFunction {
    public Rosenbrock(int dimension) {
        super(dimension);
    }

    @Override
    public double valueAndGradient(double[] x, double[] g) {
        int n = x.length;
        java.util.Arrays.fill(g, 0.0);
        double f = 0;
        for (int i = 0; i < n - 1; i++) {
            double a = x[i + 1] - x[i] * x[i];
            double b = 1 - x[i];
            f += 100 * a * a + b * b;
            g[i] += -400 * a * x[i] - 2 * b;
            g[i + 1] += 200 * a;
        }
        return f;
    }

    @Override
    public double logDensityGradient(double[] theta, double[] grad, boolean jacobian) {
        double f = valueAndGradient(theta, grad);
        for (int i = 0; i < grad.length; i++) grad[i] = -grad[i];
        return -f;
    }
}
