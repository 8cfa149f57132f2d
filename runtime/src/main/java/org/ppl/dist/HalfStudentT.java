package org.ppl.dist;

import static org.ppl.dist.Distribution.Domain.POSITIVE;

import java.util.random.RandomGenerator;
import org.ppl.ad.Node;

/** HalfStudentT(nu, sigma) on x >= 0: log 2 + StudentT(x | nu, 0, sigma). */
final class HalfStudentT extends ScalarDistribution {
    HalfStudentT() {
        super("HalfStudentT", Support.POSITIVE, new Parameter("nu", POSITIVE), new Parameter("sigma", POSITIVE));
    }

    @Override
    ElementwiseLogDensity newLogDensity(Node value, Node[] params) {
        return new LogDensity(this, value, params);
    }

    @Override
    double draw(RandomGenerator rng, double[] p) {
        return p[1] * Math.abs(Samplers.studentT(rng, p[0]));
    }

    private static final class LogDensity extends ElementwiseLogDensity {
        private static final int X = 0, NU = 1, SIGMA = 2;
        private final StudentT.DegreesOfFreedom nu;
        private final double[] inverseSigma;
        private final double[] logSigma;

        LogDensity(HalfStudentT d, Node value, Node[] params) {
            super(d, value, params);
            nu = new StudentT.DegreesOfFreedom(params[0].size());
            inverseSigma = new double[params[1].size()];
            logSigma = new double[params[1].size()];
        }

        @Override
        double evaluate() {
            if (!cached(NU) && !prepared(NU, nu.prepare(args[NU].value))) return NEGATIVE_INFINITY;
            if (!cached(SIGMA) && !prepared(SIGMA, Domains.positiveScale(args[SIGMA].value, inverseSigma, logSigma))) {
                return NEGATIVE_INFINITY;
            }
            double[] x = args[X].value, nus = args[NU].value;
            int[] ix = at[X], inu = at[NU], is = at[SIGMA];
            double[] gx = partial[X], gnu = partial[NU], gs = partial[SIGMA];
            double[] constant = nu.constant, dConstant = nu.dConstant;
            double sum = 0;
            for (int k = 0; k < size; k++) {
                double xk = x[ix[k]];
                if (!(xk >= 0)) return NEGATIVE_INFINITY;
                int n = inu[k];
                int s = is[k];
                double v = nus[n];
                double inv = inverseSigma[s];
                double z = xk * inv;
                double z2 = z * z;
                double log1p = Math.log1p(z2 / v);
                sum += constant[n] - logSigma[s] - 0.5 * (v + 1.0) * log1p;
                double w = (v + 1.0) / (v + z2);
                gx[k] = -w * z * inv;
                gs[k] = (w * z2 - 1.0) * inv;
                gnu[k] = dConstant[n] - 0.5 * log1p + 0.5 * w * z2 / v;
            }
            return sum + size * DistMath.LOG_2;
        }
    }
}
