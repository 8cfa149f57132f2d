package org.ppl.dist;

import static org.ppl.dist.Distribution.Domain.POSITIVE;

import java.util.random.RandomGenerator;
import org.ppl.ad.Node;

/** HalfCauchy(beta) on x >= 0: log 2 - log(pi beta (1 + (x / beta)^2)). */
final class HalfCauchy extends ScalarDistribution {
    HalfCauchy() {
        super("HalfCauchy", Support.POSITIVE, new Parameter("beta", POSITIVE));
    }

    @Override
    ElementwiseLogDensity newLogDensity(Node value, Node[] params) {
        return new LogDensity(this, value, params);
    }

    @Override
    double draw(RandomGenerator rng, double[] p) {
        return p[0] * Math.abs(Math.tan(Math.PI * (rng.nextDouble() - 0.5)));
    }

    private static final class LogDensity extends ElementwiseLogDensity {
        private static final int X = 0, BETA = 1;
        private final double[] inverseBeta;
        private final double[] logBeta;

        LogDensity(HalfCauchy d, Node value, Node[] params) {
            super(d, value, params);
            inverseBeta = new double[params[0].size()];
            logBeta = new double[params[0].size()];
        }

        @Override
        double evaluate() {
            if (!cached(BETA) && !prepared(BETA, Domains.positiveScale(args[BETA].value, inverseBeta, logBeta))) {
                return NEGATIVE_INFINITY;
            }
            double[] x = args[X].value;
            int[] ix = at[X], ib = at[BETA];
            double[] gx = partial[X], gb = partial[BETA];
            double sum = 0;
            for (int k = 0; k < size; k++) {
                double xk = x[ix[k]];
                if (!(xk >= 0)) return NEGATIVE_INFINITY;
                int b = ib[k];
                double inv = inverseBeta[b];
                double z = xk * inv;
                double z2 = z * z;
                sum -= Math.log1p(z2) + logBeta[b];
                double w = inv / (1.0 + z2);
                gx[k] = -2.0 * z * w;
                gb[k] = (z2 - 1.0) * w;
            }
            return sum + size * (DistMath.LOG_2 - DistMath.LOG_PI);
        }
    }
}
