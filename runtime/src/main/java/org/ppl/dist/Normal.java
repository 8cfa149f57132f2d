package org.ppl.dist;

import static org.ppl.dist.Distribution.Domain.POSITIVE;
import static org.ppl.dist.Distribution.Domain.REAL;

import java.util.random.RandomGenerator;
import org.ppl.ad.Node;

/** Normal(mu, sigma): -(x - mu)^2 / (2 sigma^2) - log sigma - log(2 pi) / 2. */
final class Normal extends ScalarDistribution {
    Normal() {
        super("Normal", Support.REAL, new Parameter("mu", REAL), new Parameter("sigma", POSITIVE));
    }

    @Override
    ElementwiseLogDensity newLogDensity(Node value, Node[] params) {
        return new LogDensity(this, value, params);
    }

    @Override
    double draw(RandomGenerator rng, double[] p) {
        return p[0] + p[1] * rng.nextGaussian();
    }

    private static final class LogDensity extends ElementwiseLogDensity {
        private static final int X = 0, MU = 1, SIGMA = 2;
        private final double[] inverseSigma;
        private final double[] logSigma;

        LogDensity(Normal d, Node value, Node[] params) {
            super(d, value, params);
            inverseSigma = new double[params[1].size()];
            logSigma = new double[params[1].size()];
        }

        @Override
        double evaluate() {
            if (!cached(SIGMA) && !prepared(SIGMA, Domains.positiveScale(args[SIGMA].value, inverseSigma, logSigma))) {
                return NEGATIVE_INFINITY;
            }
            double[] x = args[X].value, mu = args[MU].value;
            int[] ix = at[X], imu = at[MU], is = at[SIGMA];
            double[] gx = partial[X], gmu = partial[MU], gs = partial[SIGMA];
            double sum = 0;
            for (int k = 0; k < size; k++) {
                int s = is[k];
                double inv = inverseSigma[s];
                double z = (x[ix[k]] - mu[imu[k]]) * inv;
                sum -= 0.5 * z * z + logSigma[s];
                double dz = z * inv;
                gx[k] = -dz;
                gmu[k] = dz;
                gs[k] = (z * z - 1.0) * inv;
            }
            return sum - size * DistMath.HALF_LOG_TWO_PI;
        }
    }
}
