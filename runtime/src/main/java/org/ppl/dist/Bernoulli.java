package org.ppl.dist;

import static org.ppl.dist.Distribution.Domain.REAL;
import static org.ppl.dist.Distribution.Domain.UNIT_INTERVAL;

import java.util.random.RandomGenerator;
import org.ppl.ad.Node;

/**
 * Bernoulli(p=) and Bernoulli(logit_p=) on {0, 1}: log p or log(1 - p); with logit_p = l,
 * -log(1 + exp(-l)) or -log(1 + exp(l)).
 */
final class Bernoulli extends ScalarDistribution {
    private final boolean logit;

    private Bernoulli(boolean logit) {
        super("Bernoulli", Support.BINARY, logit ? new Parameter("logit_p", REAL) : new Parameter("p", UNIT_INTERVAL));
        this.logit = logit;
    }

    static Bernoulli probability() {
        return new Bernoulli(false);
    }

    static Bernoulli logit() {
        return new Bernoulli(true);
    }

    @Override
    ElementwiseLogDensity newLogDensity(Node value, Node[] params) {
        return new LogDensity(this, value, params, logit);
    }

    @Override
    double draw(RandomGenerator rng, double[] p) {
        double prob = logit ? DistMath.logistic(p[0]) : p[0];
        return rng.nextDouble() < prob ? 1.0 : 0.0;
    }

    /** Whether every element is 0 or 1. */
    static boolean binary(double[] y) {
        for (double v : y) {
            if (v != 0 && v != 1) return false;
        }
        return true;
    }

    private static final class LogDensity extends ElementwiseLogDensity {
        private static final int Y = 0, P = 1;
        private final boolean logit;
        /** Per element of p: the log probability of 1 and of 0, and their derivatives. */
        private final double[] logOne;
        private final double[] logZero;
        private final double[] dOne;
        private final double[] dZero;

        LogDensity(Bernoulli d, Node value, Node[] params, boolean logit) {
            super(d, value, params);
            this.logit = logit;
            int n = params[0].size();
            logOne = new double[n];
            logZero = new double[n];
            dOne = new double[n];
            dZero = new double[n];
        }

        @Override
        double evaluate() {
            if (!cached(Y) && !prepared(Y, binary(args[Y].value))) return NEGATIVE_INFINITY;
            if (!cached(P) && !prepared(P, logit ? prepareLogit(args[P].value) : prepareProbability(args[P].value))) {
                return NEGATIVE_INFINITY;
            }
            double[] y = args[Y].value;
            int[] iy = at[Y], ip = at[P];
            double[] gp = partial[P];
            double sum = 0;
            for (int k = 0; k < size; k++) {
                int i = ip[k];
                if (y[iy[k]] == 1) {
                    sum += logOne[i];
                    gp[k] = dOne[i];
                } else {
                    sum += logZero[i];
                    gp[k] = dZero[i];
                }
            }
            return sum;
        }

        private boolean prepareProbability(double[] p) {
            for (int i = 0; i < p.length; i++) {
                double v = p[i];
                if (!(v >= 0 && v <= 1)) return false;
                logOne[i] = Math.log(v);
                logZero[i] = Math.log1p(-v);
                dOne[i] = 1.0 / v;
                dZero[i] = -1.0 / (1.0 - v);
            }
            return true;
        }

        private boolean prepareLogit(double[] l) {
            for (int i = 0; i < l.length; i++) {
                double v = l[i];
                if (v != v) return false;
                double s = DistMath.logistic(v);
                logOne[i] = -DistMath.softplus(-v);
                logZero[i] = -DistMath.softplus(v);
                dOne[i] = 1.0 - s;
                dZero[i] = -s;
            }
            return true;
        }
    }
}
