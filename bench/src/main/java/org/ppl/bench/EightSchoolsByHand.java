package org.ppl.bench;

import org.ppl.examples.EightSchools;

/** Eight schools' log density and gradient written out in plain Java: the benchmark's floor. */
final class EightSchoolsByHand {
    private static final double HALF_LOG_2PI = 0.5 * Math.log(2 * Math.PI);
    private static final double[] Y = EightSchools.Y;
    private static final double[] SIGMA = EightSchools.SIGMA;
    private static final double[] LOG_SIGMA = new double[8];

    static {
        for (int j = 0; j < 8; j++) LOG_SIGMA[j] = Math.log(SIGMA[j]);
    }

    private EightSchoolsByHand() {}

    static double logDensityGradient(double[] theta, double[] grad) {
        double mu = theta[0];
        double tau = Math.exp(theta[1]);
        double lp = -0.5 * mu * mu / 25 - Math.log(5) - HALF_LOG_2PI;
        double dmu = -mu / 25;
        // HalfCauchy(5): log(2 / (pi 5)) - log(1 + (tau/5)^2), plus the Jacobian theta[1].
        double u = tau / 5;
        lp += Math.log(2 / (Math.PI * 5)) - Math.log1p(u * u) + theta[1];
        double dtau = -2 * u / (5 * (1 + u * u));
        for (int j = 0; j < 8; j++) {
            double raw = theta[2 + j];
            double z = (Y[j] - mu - tau * raw) / SIGMA[j];
            lp += -0.5 * raw * raw - HALF_LOG_2PI - 0.5 * z * z - LOG_SIGMA[j] - HALF_LOG_2PI;
            double dtheta = z / SIGMA[j];
            dmu += dtheta;
            dtau += dtheta * raw;
            grad[2 + j] = -raw + dtheta * tau;
        }
        grad[0] = dmu;
        grad[1] = dtau * tau + 1;
        return lp;
    }
}
