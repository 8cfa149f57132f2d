package org.ppl.dist;

import static org.ppl.dist.Distribution.Domain.POSITIVE;
import static org.ppl.dist.Distribution.Domain.REAL;

import java.util.random.RandomGenerator;
import org.ppl.ad.Node;

/** Cauchy(alpha, beta), location alpha and scale beta: -log(pi beta (1 + z^2)), z = (x - alpha) / beta. */
final class Cauchy extends ScalarDistribution {
    Cauchy() {
        super("Cauchy", Support.REAL, new Parameter("alpha", REAL), new Parameter("beta", POSITIVE));
    }

    @Override
    ElementwiseLogDensity newLogDensity(Node value, Node[] params) {
        return new LogDensity(this, value, params);
    }

    @Override
    double draw(RandomGenerator rng, double[] p) {
        return p[0] + p[1] * Math.tan(Math.PI * (rng.nextDouble() - 0.5));
    }

    private static final class LogDensity extends ElementwiseLogDensity {
        private static final int X = 0, ALPHA = 1, BETA = 2;
        private final double[] inverseBeta;
        private final double[] logBeta;

        LogDensity(Cauchy d, Node value, Node[] params) {
            super(d, value, params);
            inverseBeta = new double[params[1].size()];
            logBeta = new double[params[1].size()];
        }

        @Override
        double evaluate() {
            if (!cached(BETA) && !prepared(BETA, Domains.positiveScale(args[BETA].value, inverseBeta, logBeta))) {
                return NEGATIVE_INFINITY;
            }
            double[] x = args[X].value, alpha = args[ALPHA].value;
            int[] ix = at[X], ia = at[ALPHA], ib = at[BETA];
            double[] gx = partial[X], ga = partial[ALPHA], gb = partial[BETA];
            double sum = 0;
            for (int k = 0; k < size; k++) {
                int b = ib[k];
                double inv = inverseBeta[b];
                double z = (x[ix[k]] - alpha[ia[k]]) * inv;
                double z2 = z * z;
                sum -= Math.log1p(z2) + logBeta[b];
                double w = inv / (1.0 + z2);
                gx[k] = -2.0 * z * w;
                ga[k] = 2.0 * z * w;
                gb[k] = (z2 - 1.0) * w;
            }
            return sum - size * DistMath.LOG_PI;
        }
    }
}
