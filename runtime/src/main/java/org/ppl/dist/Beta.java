package org.ppl.dist;

import static org.ppl.dist.Distribution.Domain.POSITIVE;

import java.util.random.RandomGenerator;
import org.ppl.ad.Node;

/**
 * Beta(alpha, beta) on [0, 1]: (alpha - 1) log x + (beta - 1) log(1 - x) - lbeta(alpha, beta), with
 * 0 log 0 taken as 0 at the ends (PyMC's logpow).
 */
final class Beta extends ScalarDistribution {
    Beta() {
        super("Beta", Support.UNIT_INTERVAL, new Parameter("alpha", POSITIVE), new Parameter("beta", POSITIVE));
    }

    @Override
    ElementwiseLogDensity newLogDensity(Node value, Node[] params) {
        return new LogDensity(this, value, params);
    }

    @Override
    double draw(RandomGenerator rng, double[] p) {
        return Samplers.beta(rng, p[0], p[1]);
    }

    private static final class LogDensity extends ElementwiseLogDensity {
        private static final int X = 0, ALPHA = 1, BETA = 2;
        private final Gamma.ShapeTerms alphaTerms;
        private final Gamma.ShapeTerms betaTerms;
        /** lgamma and digamma of alpha + beta, per element of alpha, when alpha and beta share a shape. */
        private final Gamma.ShapeTerms sumTerms;
        private final double[] sums;

        LogDensity(Beta d, Node value, Node[] params) {
            super(d, value, params);
            alphaTerms = new Gamma.ShapeTerms(params[0].size());
            betaTerms = new Gamma.ShapeTerms(params[1].size());
            boolean paired = params[0].shape.equals(params[1].shape);
            sumTerms = paired ? new Gamma.ShapeTerms(params[0].size()) : null;
            sums = paired ? new double[params[0].size()] : null;
        }

        @Override
        double evaluate() {
            boolean fresh = false;
            if (!cached(ALPHA)) {
                if (!prepared(ALPHA, alphaTerms.prepare(args[ALPHA].value))) return NEGATIVE_INFINITY;
                fresh = true;
            }
            if (!cached(BETA)) {
                if (!prepared(BETA, betaTerms.prepare(args[BETA].value))) return NEGATIVE_INFINITY;
                fresh = true;
            }
            double[] alpha = args[ALPHA].value, beta = args[BETA].value;
            if (fresh && sumTerms != null) {
                for (int i = 0; i < sums.length; i++) sums[i] = alpha[i] + beta[i];
                sumTerms.prepare(sums);
            }
            double[] x = args[X].value;
            int[] ix = at[X], ia = at[ALPHA], ib = at[BETA];
            double[] gx = partial[X], ga = partial[ALPHA], gb = partial[BETA];
            double sum = 0;
            for (int k = 0; k < size; k++) {
                double xk = x[ix[k]];
                if (!(xk >= 0 && xk <= 1)) return NEGATIVE_INFINITY;
                int a = ia[k];
                int b = ib[k];
                double am1 = alpha[a] - 1.0;
                double bm1 = beta[b] - 1.0;
                double lgammaSum;
                double digammaSum;
                if (sumTerms != null) {
                    lgammaSum = sumTerms.lgamma[a];
                    digammaSum = sumTerms.digamma[a];
                } else {
                    lgammaSum = DistMath.lgamma(alpha[a] + beta[b]);
                    digammaSum = DistMath.digamma(alpha[a] + beta[b]);
                }
                double logX = Math.log(xk);
                double log1mX = Math.log1p(-xk);
                sum += DistMath.multiplyLog(am1, xk) + (bm1 == 0 ? 0.0 : bm1 * log1mX)
                        + lgammaSum - alphaTerms.lgamma[a] - betaTerms.lgamma[b];
                gx[k] = (am1 == 0 ? 0.0 : am1 / xk) - (bm1 == 0 ? 0.0 : bm1 / (1.0 - xk));
                ga[k] = logX - alphaTerms.digamma[a] + digammaSum;
                gb[k] = log1mX - betaTerms.digamma[b] + digammaSum;
            }
            return sum;
        }
    }
}
