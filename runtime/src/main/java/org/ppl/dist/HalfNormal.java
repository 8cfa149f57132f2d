package org.ppl.dist;

import static org.ppl.dist.Distribution.Domain.POSITIVE;

import java.util.random.RandomGenerator;
import org.ppl.ad.Node;

/** HalfNormal(sigma) on x >= 0: log(2 / pi) / 2 - log sigma - x^2 / (2 sigma^2). */
final class HalfNormal extends ScalarDistribution {
    HalfNormal() {
        super("HalfNormal", Support.POSITIVE, new Parameter("sigma", POSITIVE));
    }

    @Override
    ElementwiseLogDensity newLogDensity(Node value, Node[] params) {
        return new LogDensity(this, value, params);
    }

    @Override
    double draw(RandomGenerator rng, double[] p) {
        return p[0] * Math.abs(rng.nextGaussian());
    }

    private static final class LogDensity extends ElementwiseLogDensity {
        private static final int X = 0, SIGMA = 1;
        private final double[] inverseSigma;
        private final double[] logSigma;

        LogDensity(HalfNormal d, Node value, Node[] params) {
            super(d, value, params);
            inverseSigma = new double[params[0].size()];
            logSigma = new double[params[0].size()];
        }

        @Override
        double evaluate() {
            if (!cached(SIGMA) && !prepared(SIGMA, Domains.positiveScale(args[SIGMA].value, inverseSigma, logSigma))) {
                return NEGATIVE_INFINITY;
            }
            double[] x = args[X].value;
            int[] ix = at[X], is = at[SIGMA];
            double[] gx = partial[X], gs = partial[SIGMA];
            double sum = 0;
            for (int k = 0; k < size; k++) {
                double xk = x[ix[k]];
                if (!(xk >= 0)) return NEGATIVE_INFINITY;
                int s = is[k];
                double inv = inverseSigma[s];
                double z = xk * inv;
                sum -= 0.5 * z * z + logSigma[s];
                gx[k] = -z * inv;
                gs[k] = (z * z - 1.0) * inv;
            }
            return sum + size * DistMath.HALF_LOG_TWO_OVER_PI;
        }
    }
}
