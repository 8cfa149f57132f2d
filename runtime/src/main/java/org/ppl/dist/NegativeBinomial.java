package org.ppl.dist;

import static org.ppl.dist.Distribution.Domain.POSITIVE;

import java.util.random.RandomGenerator;
import org.ppl.ad.Node;

/**
 * NegativeBinomial(mu, alpha), PyMC's mean and dispersion form (Stan's neg_binomial_2): mean mu,
 * variance mu + mu^2 / alpha; log p(y) = lgamma(y + alpha) - lgamma(alpha) - log y! + alpha
 * log(alpha / (mu + alpha)) + y log(mu / (mu + alpha)). Past alpha = 1e10 the Poisson(mu) limit
 * is used, as PyMC does, since lgamma(y + alpha) - lgamma(alpha) loses every digit there.
 */
final class NegativeBinomial extends ScalarDistribution {
    private static final double POISSON_LIMIT = 1e10;

    NegativeBinomial() {
        super("NegativeBinomial", Support.NONNEGATIVE_INTEGER, new Parameter("mu", POSITIVE),
                new Parameter("alpha", POSITIVE));
    }

    @Override
    ElementwiseLogDensity newLogDensity(Node value, Node[] params) {
        return new LogDensity(this, value, params);
    }

    @Override
    double draw(RandomGenerator rng, double[] p) {
        double mu = p[0];
        double alpha = p[1];
        // A Poisson whose rate is Gamma(alpha, rate alpha / mu): mean mu, variance mu + mu^2 / alpha.
        return Samplers.poisson(rng, Samplers.gamma(rng, alpha) * mu / alpha);
    }

    private static final class LogDensity extends ElementwiseLogDensity {
        private static final int Y = 0, MU = 1, ALPHA = 2;
        private final double[] logFactorial;
        private final double[] logMu;
        /** Below this count, digamma(alpha + y) - digamma(alpha) is summed exactly term by term. */
        private static final int SHORT_SUM = 32;
        private final Gamma.ShapeTerms alphaTerms;

        LogDensity(NegativeBinomial d, Node value, Node[] params) {
            super(d, value, params);
            logFactorial = new double[value.size()];
            logMu = new double[params[0].size()];
            alphaTerms = new Gamma.ShapeTerms(params[1].size());
        }

        @Override
        double evaluate() {
            if (!cached(Y) && !prepared(Y, Poisson.logFactorials(args[Y].value, logFactorial))) return NEGATIVE_INFINITY;
            if (!cached(MU) && !prepared(MU, Domains.positiveLog(args[MU].value, logMu))) return NEGATIVE_INFINITY;
            if (!cached(ALPHA) && !prepared(ALPHA, alphaTerms.prepare(args[ALPHA].value))) return NEGATIVE_INFINITY;
            double[] y = args[Y].value, mu = args[MU].value, alpha = args[ALPHA].value;
            int[] iy = at[Y], imu = at[MU], ia = at[ALPHA];
            double[] gmu = partial[MU], ga = partial[ALPHA];
            double sum = 0;
            for (int k = 0; k < size; k++) {
                int j = iy[k];
                int m = imu[k];
                int a = ia[k];
                double yk = y[j];
                double muk = mu[m];
                double ak = alpha[a];
                if (ak > POISSON_LIMIT) {
                    sum += yk * logMu[m] - muk - logFactorial[j];
                    gmu[k] = yk / muk - 1.0;
                    ga[k] = 0.0;
                    continue;
                }
                double total = muk + ak;
                double logTotal = Math.log(total);
                double logShare = -Math.log1p(muk / ak);
                // log C(y + alpha - 1, y) = -log y - lbeta(y, alpha): no cancellation for large alpha.
                double logChoose = yk == 0 ? 0.0 : -Math.log(yk) - DistMath.lbeta(yk, ak);
                double countDigamma = yk == 0 ? 0.0 : digammaDifference(ak, yk, alphaTerms.digamma[a]);
                sum += logChoose + ak * logShare + (yk == 0 ? 0.0 : yk * (logMu[m] - logTotal));
                gmu[k] = yk / muk - (yk + ak) / total;
                ga[k] = countDigamma + logShare + (muk - yk) / total;
            }
            return sum;
        }

        /** digamma(alpha + y) - digamma(alpha) = sum_{i < y} 1 / (alpha + i) for a count y. */
        private static double digammaDifference(double alpha, double y, double digammaAlpha) {
            if (y > SHORT_SUM) return DistMath.digamma(alpha + y) - digammaAlpha;
            double s = 0;
            for (int i = 0; i < y; i++) s += 1.0 / (alpha + i);
            return s;
        }
    }
}
