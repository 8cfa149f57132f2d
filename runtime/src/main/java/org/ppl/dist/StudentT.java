package org.ppl.dist;

import static org.ppl.dist.Distribution.Domain.POSITIVE;
import static org.ppl.dist.Distribution.Domain.REAL;

import java.util.random.RandomGenerator;
import org.ppl.ad.Node;

/**
 * StudentT(nu, mu, sigma): lgamma((nu+1)/2) - lgamma(nu/2) - log(nu pi)/2 - log sigma
 * - (nu+1)/2 log(1 + z^2/nu), z = (x - mu) / sigma.
 */
final class StudentT extends ScalarDistribution {
    StudentT() {
        super("StudentT", Support.REAL, new Parameter("nu", POSITIVE), new Parameter("mu", REAL),
                new Parameter("sigma", POSITIVE));
    }

    @Override
    ElementwiseLogDensity newLogDensity(Node value, Node[] params) {
        return new LogDensity(this, value, params);
    }

    @Override
    double draw(RandomGenerator rng, double[] p) {
        return p[1] + p[2] * Samplers.studentT(rng, p[0]);
    }

    private static final class LogDensity extends ElementwiseLogDensity {
        private static final int X = 0, NU = 1, MU = 2, SIGMA = 3;
        private final DegreesOfFreedom nu;
        private final double[] inverseSigma;
        private final double[] logSigma;

        LogDensity(StudentT d, Node value, Node[] params) {
            super(d, value, params);
            nu = new DegreesOfFreedom(params[0].size());
            inverseSigma = new double[params[2].size()];
            logSigma = new double[params[2].size()];
        }

        @Override
        double evaluate() {
            if (!cached(NU) && !prepared(NU, nu.prepare(args[NU].value))) return NEGATIVE_INFINITY;
            if (!cached(SIGMA) && !prepared(SIGMA, Domains.positiveScale(args[SIGMA].value, inverseSigma, logSigma))) {
                return NEGATIVE_INFINITY;
            }
            double[] x = args[X].value, mu = args[MU].value, nus = args[NU].value;
            int[] ix = at[X], inu = at[NU], imu = at[MU], is = at[SIGMA];
            double[] gx = partial[X], gnu = partial[NU], gmu = partial[MU], gs = partial[SIGMA];
            double[] constant = nu.constant, dConstant = nu.dConstant;
            double sum = 0;
            for (int k = 0; k < size; k++) {
                int n = inu[k];
                int s = is[k];
                double v = nus[n];
                double inv = inverseSigma[s];
                double z = (x[ix[k]] - mu[imu[k]]) * inv;
                double z2 = z * z;
                double log1p = Math.log1p(z2 / v);
                sum += constant[n] - logSigma[s] - 0.5 * (v + 1.0) * log1p;
                double w = (v + 1.0) / (v + z2);
                gx[k] = -w * z * inv;
                gmu[k] = w * z * inv;
                gs[k] = (w * z2 - 1.0) * inv;
                gnu[k] = dConstant[n] - 0.5 * log1p + 0.5 * w * z2 / v;
            }
            return sum;
        }
    }

    /**
     * The terms of Student's t that depend on nu alone: lgamma((nu+1)/2) - lgamma(nu/2) -
     * log(nu pi)/2 and its derivative, per element of nu.
     */
    static final class DegreesOfFreedom {
        final double[] constant;
        final double[] dConstant;

        DegreesOfFreedom(int size) {
            constant = new double[size];
            dConstant = new double[size];
        }

        boolean prepare(double[] nu) {
            for (int i = 0; i < nu.length; i++) {
                double v = nu[i];
                if (!(v > 0 && v < Double.POSITIVE_INFINITY)) return false;
                constant[i] = DistMath.lgamma(0.5 * (v + 1.0)) - DistMath.lgamma(0.5 * v)
                        - 0.5 * (Math.log(v) + DistMath.LOG_PI);
                dConstant[i] = 0.5 * (DistMath.digamma(0.5 * (v + 1.0)) - DistMath.digamma(0.5 * v)) - 0.5 / v;
            }
            return true;
        }
    }
}
