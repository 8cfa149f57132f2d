package org.ppl.infer.vi;

/**
 * y_i ~ normal(mu, sigma) with sigma known, mu ~ normal(m0, s0): the posterior of mu is normal
 * with precision 1/s0² + n/σ² and mean (m0/s0² + Σy/σ²) / precision.
 */
public final class ConjugateNormalModel extends HandWrittenModel {
    private static final double LOG_SQRT_TWO_PI = 0.5 * Math.log(2 * Math.PI);
    private final double[] y;
    private final double sigma;
    private final double m0;
    private final double s0;

    public ConjugateNormalModel(double[] y, double sigma, double m0, double s0) {
        super(1);
        this.y = y.clone();
        this.sigma = sigma;
        this.m0 = m0;
        this.s0 = s0;
    }

    /** Ten observations, sigma 2, prior normal(0, 5). */
    public static ConjugateNormalModel example() {
        return new ConjugateNormalModel(new double[] {3.1, 1.7, 4.4, 2.2, 5.0, 2.9, 3.6, 0.8, 4.1, 3.3}, 2.0, 0.0, 5.0);
    }

    @Override
    public double logDensityGradient(double[] theta, double[] grad, boolean jacobian) {
        double mu = theta[0];
        double z0 = (mu - m0) / s0;
        double lp = -0.5 * z0 * z0 - Math.log(s0) - LOG_SQRT_TWO_PI;
        double g = -z0 / s0;
        for (double yi : y) {
            double z = (yi - mu) / sigma;
            lp += -0.5 * z * z - Math.log(sigma) - LOG_SQRT_TWO_PI;
            g += z / sigma;
        }
        grad[0] = g;
        return lp;
    }

    public GaussianPosterior posterior() {
        double sum = 0;
        for (double yi : y) sum += yi;
        double precision = 1 / (s0 * s0) + y.length / (sigma * sigma);
        return GaussianPosterior.fromPrecision(new double[][] {{precision}},
                new double[] {m0 / (s0 * s0) + sum / (sigma * sigma)});
    }
}
