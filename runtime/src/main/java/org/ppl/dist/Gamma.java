package org.ppl.dist;

import static org.ppl.dist.Distribution.Domain.POSITIVE;

import java.util.random.RandomGenerator;
import org.ppl.ad.Node;

/**
 * Gamma(alpha, beta), shape alpha and rate beta, on x >= 0: alpha log beta - lgamma(alpha) +
 * (alpha - 1) log x - beta x, with 0 log 0 taken as 0 at x = 0 (PyMC's logpow).
 */
final class Gamma extends ScalarDistribution {
    Gamma() {
        super("Gamma", Support.POSITIVE, new Parameter("alpha", POSITIVE), new Parameter("beta", POSITIVE));
    }

    @Override
    ElementwiseLogDensity newLogDensity(Node value, Node[] params) {
        return new LogDensity(this, value, params);
    }

    @Override
    double draw(RandomGenerator rng, double[] p) {
        return Samplers.gamma(rng, p[0]) / p[1];
    }

    private static final class LogDensity extends ElementwiseLogDensity {
        private static final int X = 0, ALPHA = 1, BETA = 2;
        private final ShapeTerms shape;
        private final double[] logBeta;

        LogDensity(Gamma d, Node value, Node[] params) {
            super(d, value, params);
            shape = new ShapeTerms(params[0].size());
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
                if (!(xk >= 0)) return NEGATIVE_INFINITY;
                int a = ia[k];
                int b = ib[k];
                double am1 = alpha[a] - 1.0;
                double logX = Math.log(xk);
                sum += alpha[a] * logBeta[b] - lgammaAlpha[a] + DistMath.multiplyLog(am1, xk) - beta[b] * xk;
                gx[k] = (am1 == 0 ? 0.0 : am1 / xk) - beta[b];
                ga[k] = logBeta[b] - digammaAlpha[a] + logX;
                gb[k] = alpha[a] / beta[b] - xk;
            }
            return sum;
        }
    }

    /** lgamma and digamma of a positive shape parameter, per element. */
    static final class ShapeTerms {
        final double[] lgamma;
        final double[] digamma;

        ShapeTerms(int size) {
            lgamma = new double[size];
            digamma = new double[size];
        }

        boolean prepare(double[] a) {
            for (int i = 0; i < a.length; i++) {
                double v = a[i];
                if (!(v > 0 && v < Double.POSITIVE_INFINITY)) return false;
                lgamma[i] = DistMath.lgamma(v);
                digamma[i] = DistMath.digamma(v);
            }
            return true;
        }
    }
}
