package org.ppl.dist;

import static org.ppl.dist.Distribution.Domain.NONNEGATIVE;

import java.util.random.RandomGenerator;
import org.ppl.ad.Node;

/** Poisson(mu) on {0, 1, ...}: y log mu - mu - log y!, with 0 log 0 = 0 (so mu = 0 gives y = 0 surely). */
final class Poisson extends ScalarDistribution {
    Poisson() {
        super("Poisson", Support.NONNEGATIVE_INTEGER, new Parameter("mu", NONNEGATIVE));
    }

    @Override
    ElementwiseLogDensity newLogDensity(Node value, Node[] params) {
        return new LogDensity(this, value, params);
    }

    @Override
    double draw(RandomGenerator rng, double[] p) {
        return Samplers.poisson(rng, p[0]);
    }

    /** Checks that every y is a count and fills log y!. */
    static boolean logFactorials(double[] y, double[] out) {
        for (int i = 0; i < y.length; i++) {
            if (!DistMath.isNonnegativeInteger(y[i])) return false;
            out[i] = DistMath.logFactorial(y[i]);
        }
        return true;
    }

    private static final class LogDensity extends ElementwiseLogDensity {
        private static final int Y = 0, MU = 1;
        private final double[] logFactorial;
        private final double[] logMu;

        LogDensity(Poisson d, Node value, Node[] params) {
            super(d, value, params);
            logFactorial = new double[value.size()];
            logMu = new double[params[0].size()];
        }

        @Override
        double evaluate() {
            if (!cached(Y) && !prepared(Y, logFactorials(args[Y].value, logFactorial))) return NEGATIVE_INFINITY;
            double[] y = args[Y].value, mu = args[MU].value;
            if (!cached(MU)) {
                for (int i = 0; i < mu.length; i++) {
                    if (!(mu[i] >= 0 && mu[i] < Double.POSITIVE_INFINITY)) return NEGATIVE_INFINITY;
                    logMu[i] = Math.log(mu[i]);
                }
                prepared(MU, true);
            }
            int[] iy = at[Y], imu = at[MU];
            double[] gmu = partial[MU];
            double sum = 0;
            for (int k = 0; k < size; k++) {
                int j = iy[k];
                int m = imu[k];
                double yk = y[j];
                if (yk == 0) {
                    sum -= mu[m];
                    gmu[k] = -1.0;
                } else {
                    sum += yk * logMu[m] - mu[m] - logFactorial[j];
                    gmu[k] = yk / mu[m] - 1.0;
                }
            }
            return sum;
        }
    }
}
