package org.ppl.dist;

import static org.ppl.dist.Distribution.Domain.POSITIVE;

import java.util.random.RandomGenerator;
import org.ppl.ad.Node;

/**
 * InverseGamma(alpha, beta), shape alpha and scale beta, on x > 0: alpha log beta - lgamma(alpha)
 * - (alpha + 1) log x - beta / x.
 */
final class InverseGamma extends ScalarDistribution {
    InverseGamma() {
        super("InverseGamma", Support.POSITIVE, new Parameter("alpha", POSITIVE), new Parameter("beta", POSITIVE));
    }

    @Override
    ElementwiseLogDensity newLogDensity(Node value, Node[] params) {
        return new LogDensity(this, value, params);
    }

    @Override
    double draw(RandomGenerator rng, double[] p) {
        return p[1] / Samplers.gamma(rng, p[0]);
    }

    private static final class LogDensity extends ElementwiseLogDensity {
        private static final int X = 0, ALPHA = 1, BETA = 2;
        private final Gamma.ShapeTerms shape;
        private final double[] logBeta;

        LogDensity(InverseGamma d, Node value, Node[] params) {
            super(d, value, params);
            shape = new Gamma.ShapeTerms(params[0].size());
            logBeta = new double[params[1].size()];
        }

        @Override
        double evaluate() {
            if (!cached(ALPHA) && !prepared(ALPHA, shape.prepare(args[ALPHA].value))) return NEGATIVE_INFINITY;
            if (!cached(BETA) && !prepared(BETA, Domains.positiveLog(args[BETA].value, logBeta))) {
                return NEGATIVE_INFINITY;
            }
            double[] x = args[X].value, alpha = args[ALPHA].value, beta = args[BETA].value;
            int[] ix = at[X], ia = at[ALPHA], ib = at[BETA];
            double[] gx = partial[X], ga = partial[ALPHA], gb = partial[BETA];
            double[] lgammaAlpha = shape.lgamma, digammaAlpha = shape.digamma;
            double sum = 0;
            for (int k = 0; k < size; k++) {
                double xk = x[ix[k]];
                if (!(xk > 0)) return NEGATIVE_INFINITY;
                int a = ia[k];
                int b = ib[k];
                double logX = Math.log(xk);
                double inverseX = 1.0 / xk;
                sum += alpha[a] * (logBeta[b] - logX) - lgammaAlpha[a] - logX - beta[b] * inverseX;
                gx[k] = (beta[b] * inverseX - alpha[a] - 1.0) * inverseX;
                ga[k] = logBeta[b] - digammaAlpha[a] - logX;
                gb[k] = alpha[a] / beta[b] - inverseX;
            }
            return sum;
        }
    }
}
