package org.ppl.dist;

import static org.ppl.dist.Distribution.Domain.POSITIVE;
import static org.ppl.dist.Distribution.Domain.REAL;

import java.util.random.RandomGenerator;
import org.ppl.ad.Node;

/** Laplace(mu, b): -log(2 b) - |x - mu| / b. At x = mu the partials take the subgradient 0. */
final class Laplace extends ScalarDistribution {
    Laplace() {
        super("Laplace", Support.REAL, new Parameter("mu", REAL), new Parameter("b", POSITIVE));
    }

    @Override
    ElementwiseLogDensity newLogDensity(Node value, Node[] params) {
        return new LogDensity(this, value, params);
    }

    @Override
    double draw(RandomGenerator rng, double[] p) {
        return p[0] + p[1] * (rng.nextExponential() - rng.nextExponential());
    }

    private static final class LogDensity extends ElementwiseLogDensity {
        private static final int X = 0, MU = 1, B = 2;
        private final double[] inverseB;
        private final double[] logB;

        LogDensity(Laplace d, Node value, Node[] params) {
            super(d, value, params);
            inverseB = new double[params[1].size()];
            logB = new double[params[1].size()];
        }

        @Override
        double evaluate() {
            if (!cached(B) && !prepared(B, Domains.positiveScale(args[B].value, inverseB, logB))) {
                return NEGATIVE_INFINITY;
            }
            double[] x = args[X].value, mu = args[MU].value;
            int[] ix = at[X], imu = at[MU], ib = at[B];
            double[] gx = partial[X], gmu = partial[MU], gb = partial[B];
            double sum = 0;
            for (int k = 0; k < size; k++) {
                int b = ib[k];
                double inv = inverseB[b];
                double r = x[ix[k]] - mu[imu[k]];
                double a = Math.abs(r) * inv;
                sum -= a + logB[b];
                double s = Math.signum(r) * inv;
                gx[k] = -s;
                gmu[k] = s;
                gb[k] = (a - 1.0) * inv;
            }
            return sum - size * DistMath.LOG_2;
        }
    }
}
