package org.ppl.dist;

import static org.ppl.dist.Distribution.Domain.POSITIVE;

import java.util.random.RandomGenerator;
import org.ppl.ad.Node;

/**
 * Weibull(alpha, beta), shape alpha and scale beta, on x >= 0: log alpha - log beta + (alpha - 1)
 * log(x / beta) - (x / beta)^alpha, with 0 log 0 taken as 0 at x = 0.
 */
final class Weibull extends ScalarDistribution {
    Weibull() {
        super("Weibull", Support.POSITIVE, new Parameter("alpha", POSITIVE), new Parameter("beta", POSITIVE));
    }

    @Override
    ElementwiseLogDensity newLogDensity(Node value, Node[] params) {
        return new LogDensity(this, value, params);
    }

    @Override
    double draw(RandomGenerator rng, double[] p) {
        return p[1] * Math.pow(rng.nextExponential(), 1.0 / p[0]);
    }

    private static final class LogDensity extends ElementwiseLogDensity {
        private static final int X = 0, ALPHA = 1, BETA = 2;
        private final double[] logAlpha;
        private final double[] logBeta;

        LogDensity(Weibull d, Node value, Node[] params) {
            super(d, value, params);
            logAlpha = new double[params[0].size()];
            logBeta = new double[params[1].size()];
        }

        @Override
        double evaluate() {
            if (!cached(ALPHA) && !prepared(ALPHA, Domains.positiveLog(args[ALPHA].value, logAlpha))) {
                return NEGATIVE_INFINITY;
            }
            if (!cached(BETA) && !prepared(BETA, Domains.positiveLog(args[BETA].value, logBeta))) {
                return NEGATIVE_INFINITY;
            }
            double[] x = args[X].value, alpha = args[ALPHA].value, beta = args[BETA].value;
            int[] ix = at[X], ia = at[ALPHA], ib = at[BETA];
            double[] gx = partial[X], ga = partial[ALPHA], gb = partial[BETA];
            double sum = 0;
            for (int k = 0; k < size; k++) {
                double xk = x[ix[k]];
                int a = ia[k];
                int b = ib[k];
                double al = alpha[a];
                if (!(xk > 0)) {
                    if (!(xk == 0)) return NEGATIVE_INFINITY;
                    sum += atZero(k, al, beta[b], logAlpha[a], logBeta[b]);
                    continue;
                }
                double logRatio = Math.log(xk) - logBeta[b];
                double t = Math.exp(al * logRatio);
                sum += logAlpha[a] - logBeta[b] + (al - 1.0) * logRatio - t;
                gx[k] = (al - 1.0 - al * t) / xk;
                ga[k] = 1.0 / al + logRatio * (1.0 - t);
                gb[k] = al * (t - 1.0) / beta[b];
            }
            return sum;
        }

        /** The term at x = 0, where (alpha - 1) log x is 0, -inf or +inf as alpha is 1, above, below. */
        private double atZero(int k, double alpha, double beta, double logAlpha, double logBeta) {
            double am1 = alpha - 1.0;
            partial[X][k] = am1 == 0 ? -1.0 / beta : am1 > 0 ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
            partial[ALPHA][k] = Double.NEGATIVE_INFINITY;
            partial[BETA][k] = -alpha / beta;
            if (am1 == 0) return logAlpha - logBeta;
            return am1 > 0 ? NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
        }
    }
}
