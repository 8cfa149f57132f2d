package org.ppl.dist;

import static org.ppl.dist.Distribution.Domain.POSITIVE;
import static org.ppl.dist.Distribution.Domain.REAL;

import java.util.random.RandomGenerator;
import org.ppl.ad.Node;

/** LogNormal(mu, sigma) on x > 0: Normal(log x | mu, sigma) - log x. */
final class LogNormal extends ScalarDistribution {
    LogNormal() {
        super("LogNormal", Support.POSITIVE, new Parameter("mu", REAL), new Parameter("sigma", POSITIVE));
    }

    @Override
    ElementwiseLogDensity newLogDensity(Node value, Node[] params) {
        return new LogDensity(this, value, params);
    }

    @Override
    double draw(RandomGenerator rng, double[] p) {
        return Math.exp(p[0] + p[1] * rng.nextGaussian());
    }

    private static final class LogDensity extends ElementwiseLogDensity {
        private static final int X = 0, MU = 1, SIGMA = 2;
        private final double[] inverseSigma;
        private final double[] logSigma;

        LogDensity(LogNormal d, Node value, Node[] params) {
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
                double xk = x[ix[k]];
                if (!(xk > 0)) return NEGATIVE_INFINITY;
                int s = is[k];
                double inv = inverseSigma[s];
                double logX = Math.log(xk);
                double z = (logX - mu[imu[k]]) * inv;
                sum -= 0.5 * z * z + logSigma[s] + logX;
                double dz = z * inv;
                gx[k] = -(1.0 + dz) / xk;
                gmu[k] = dz;
                gs[k] = (z * z - 1.0) * inv;
            }
            return sum - size * DistMath.HALF_LOG_TWO_PI;
        }
    }
}
