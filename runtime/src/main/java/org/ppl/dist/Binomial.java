package org.ppl.dist;

import static org.ppl.dist.Distribution.Domain.NONNEGATIVE_INTEGER;
import static org.ppl.dist.Distribution.Domain.REAL;
import static org.ppl.dist.Distribution.Domain.UNIT_INTERVAL;

import java.util.random.RandomGenerator;
import org.ppl.ad.Node;

/**
 * Binomial(n, p) and Binomial(n, logit_p=) on {0, ..., n}: log C(n, y) + y log p + (n - y) log(1 - p)
 * (0 log 0 = 0); with logit_p = l, log C(n, y) + y l - n log(1 + exp(l)).
 */
final class Binomial extends ScalarDistribution {
    private final boolean logit;

    private Binomial(boolean logit) {
        super("Binomial", Support.NONNEGATIVE_INTEGER, new Parameter("n", NONNEGATIVE_INTEGER),
                logit ? new Parameter("logit_p", REAL) : new Parameter("p", UNIT_INTERVAL));
        this.logit = logit;
    }

    static Binomial probability() {
        return new Binomial(false);
    }

    static Binomial logit() {
        return new Binomial(true);
    }

    @Override
    ElementwiseLogDensity newLogDensity(Node value, Node[] params) {
        return new LogDensity(this, value, params, logit);
    }

    @Override
    double draw(RandomGenerator rng, double[] p) {
        return Samplers.binomial(rng, p[0], logit ? DistMath.logistic(p[1]) : p[1]);
    }

    private static final class LogDensity extends ElementwiseLogDensity {
        private static final int Y = 0, N = 1, P = 2;
        private final boolean logit;
        /** log C(n, y) per element; kept while y and n are constants. */
        private final double[] logChoose;
        /** Per element of p: log p and log(1 - p) (or l and softplus(l), logistic(l) for logit_p). */
        private final double[] first;
        private final double[] second;
        private final double[] third;

        LogDensity(Binomial d, Node value, Node[] params, boolean logit) {
            super(d, value, params);
            this.logit = logit;
            logChoose = new double[size];
            int n = params[1].size();
            first = new double[n];
            second = new double[n];
            third = new double[n];
        }

        @Override
        double evaluate() {
            double[] y = args[Y].value, n = args[N].value, p = args[P].value;
            int[] iy = at[Y], in = at[N], ip = at[P];
            if (!(cached(Y) && cached(N))) {
                boolean valid = counts(y, iy, n, in);
                prepared(Y, valid);
                if (!prepared(N, valid)) return NEGATIVE_INFINITY;
            }
            if (!cached(P) && !prepared(P, logit ? prepareLogit(p) : prepareProbability(p))) return NEGATIVE_INFINITY;
            double[] gp = partial[P];
            double sum = 0;
            for (int k = 0; k < size; k++) {
                double yk = y[iy[k]];
                double nk = n[in[k]];
                int i = ip[k];
                if (logit) {
                    sum += logChoose[k] + yk * p[i] - nk * first[i];
                    gp[k] = yk - nk * second[i];
                } else {
                    double failures = nk - yk;
                    sum += logChoose[k] + (yk == 0 ? 0.0 : yk * first[i]) + (failures == 0 ? 0.0 : failures * second[i]);
                    gp[k] = (yk == 0 ? 0.0 : yk * third[i]) - (failures == 0 ? 0.0 : failures / (1.0 - p[i]));
                }
            }
            return sum;
        }

        /** Checks 0 <= y <= n, integers, and fills log C(n, y). */
        private boolean counts(double[] y, int[] iy, double[] n, int[] in) {
            for (int k = 0; k < size; k++) {
                double yk = y[iy[k]];
                double nk = n[in[k]];
                if (!DistMath.isNonnegativeInteger(yk) || !DistMath.isNonnegativeInteger(nk) || yk > nk) return false;
                logChoose[k] = DistMath.logChoose(nk, yk);
            }
            return true;
        }

        private boolean prepareProbability(double[] p) {
            for (int i = 0; i < p.length; i++) {
                double v = p[i];
                if (!(v >= 0 && v <= 1)) return false;
                first[i] = Math.log(v);
                second[i] = Math.log1p(-v);
                third[i] = 1.0 / v;
            }
            return true;
        }

        private boolean prepareLogit(double[] l) {
            for (int i = 0; i < l.length; i++) {
                double v = l[i];
                if (v != v) return false;
                first[i] = DistMath.softplus(v);
                second[i] = DistMath.logistic(v);
            }
            return true;
        }
    }
}
