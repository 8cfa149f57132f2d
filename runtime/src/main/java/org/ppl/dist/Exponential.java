package org.ppl.dist;

import static org.ppl.dist.Distribution.Domain.POSITIVE;

import java.util.random.RandomGenerator;
import org.ppl.ad.Node;

/** Exponential(lam), rate lam, on x >= 0: log lam - lam x. */
final class Exponential extends ScalarDistribution {
    Exponential() {
        super("Exponential", Support.POSITIVE, new Parameter("lam", POSITIVE));
    }

    @Override
    ElementwiseLogDensity newLogDensity(Node value, Node[] params) {
        return new LogDensity(this, value, params);
    }

    @Override
    double draw(RandomGenerator rng, double[] p) {
        return rng.nextExponential() / p[0];
    }

    private static final class LogDensity extends ElementwiseLogDensity {
        private static final int X = 0, LAM = 1;
        private final double[] inverseLam;
        private final double[] logLam;

        LogDensity(Exponential d, Node value, Node[] params) {
            super(d, value, params);
            inverseLam = new double[params[0].size()];
            logLam = new double[params[0].size()];
        }

        @Override
        double evaluate() {
            if (!cached(LAM) && !prepared(LAM, Domains.positiveScale(args[LAM].value, inverseLam, logLam))) {
                return NEGATIVE_INFINITY;
            }
            double[] x = args[X].value, lam = args[LAM].value;
            int[] ix = at[X], il = at[LAM];
            double[] gx = partial[X], gl = partial[LAM];
            double sum = 0;
            for (int k = 0; k < size; k++) {
                double xk = x[ix[k]];
                if (!(xk >= 0)) return NEGATIVE_INFINITY;
                int l = il[k];
                sum += logLam[l] - lam[l] * xk;
                gx[k] = -lam[l];
                gl[k] = inverseLam[l] - xk;
            }
            return sum;
        }
    }
}
