package org.ppl.dist;

import static org.ppl.dist.Distribution.Domain.REAL;

import java.util.random.RandomGenerator;
import org.ppl.ad.Node;

/** Uniform(lower, upper) on [lower, upper]: -log(upper - lower); lower must be below upper. */
final class Uniform extends ScalarDistribution {
    Uniform() {
        super("Uniform", Support.ARGUMENT_INTERVAL, new Parameter("lower", REAL), new Parameter("upper", REAL));
    }

    @Override
    ElementwiseLogDensity newLogDensity(Node value, Node[] params) {
        return new LogDensity(this, value, params);
    }

    @Override
    void checkTogether(double[] p) {
        if (!(p[0] < p[1])) {
            throw new IllegalArgumentException("Uniform: lower is " + p[0] + " and upper is " + p[1]
                    + ", but lower must be below upper");
        }
    }

    @Override
    double draw(RandomGenerator rng, double[] p) {
        return p[0] + (p[1] - p[0]) * rng.nextDouble();
    }

    private static final class LogDensity extends ElementwiseLogDensity {
        private static final int X = 0, LOWER = 1, UPPER = 2;

        LogDensity(Uniform d, Node value, Node[] params) {
            super(d, value, params);
        }

        @Override
        double evaluate() {
            double[] x = args[X].value, lower = args[LOWER].value, upper = args[UPPER].value;
            int[] ix = at[X], il = at[LOWER], iu = at[UPPER];
            double[] gl = partial[LOWER], gu = partial[UPPER];
            if (lower.length == 1 && upper.length == 1) return scalarBounds(x, ix, lower[0], upper[0], gl, gu);
            double sum = 0;
            for (int k = 0; k < size; k++) {
                double lo = lower[il[k]];
                double hi = upper[iu[k]];
                double xk = x[ix[k]];
                if (!(lo < hi && xk >= lo && xk <= hi)) return NEGATIVE_INFINITY;
                double width = hi - lo;
                sum -= Math.log(width);
                gl[k] = 1.0 / width;
                gu[k] = -1.0 / width;
            }
            return sum;
        }

        /** The common case: one interval for every element, one logarithm. */
        private double scalarBounds(double[] x, int[] ix, double lo, double hi, double[] gl, double[] gu) {
            if (!(lo < hi)) return NEGATIVE_INFINITY;
            double width = hi - lo;
            for (int k = 0; k < size; k++) {
                double xk = x[ix[k]];
                if (!(xk >= lo && xk <= hi)) return NEGATIVE_INFINITY;
                gl[k] = 1.0 / width;
                gu[k] = -1.0 / width;
            }
            return -size * Math.log(width);
        }
    }
}
