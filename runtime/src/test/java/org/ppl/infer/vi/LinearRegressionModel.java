package org.ppl.infer.vi;

import java.util.SplittableRandom;

/**
 * Bayesian linear regression y ~ normal(X beta, sigma), sigma known, beta ~ normal(0, tau): the
 * posterior of beta is normal with precision X'X/σ² + I/τ² and mean precision⁻¹ X'y/σ².
 * Correlated predictors make the posterior correlated.
 */
public final class LinearRegressionModel extends HandWrittenModel {
    private static final double LOG_SQRT_TWO_PI = 0.5 * Math.log(2 * Math.PI);
    private final double[][] x;
    private final double[] y;
    private final double sigma;
    private final double tau;
    private final double[] residual;

    public LinearRegressionModel(double[][] x, double[] y, double sigma, double tau) {
        super(x[0].length);
        this.x = x;
        this.y = y;
        this.sigma = sigma;
        this.tau = tau;
        this.residual = new double[y.length];
    }

    /**
     * {@code n} rows, {@code p} predictors sharing a common factor with weight {@code shared}
     * (pairwise correlation of predictors about shared²/(1+shared²)), fixed coefficients 1..p,
     * noise sigma 1, prior sd 10; simulated with {@code seed}.
     */
    public static LinearRegressionModel simulated(int n, int p, double shared, long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        double[][] x = new double[n][p];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            double common = rng.nextGaussian();
            for (int j = 0; j < p; j++) {
                x[i][j] = shared * common + rng.nextGaussian();
                y[i] += (j + 1) * x[i][j];
            }
            y[i] += rng.nextGaussian();
        }
        return new LinearRegressionModel(x, y, 1.0, 10.0);
    }

    @Override
    public double logDensityGradient(double[] beta, double[] grad, boolean jacobian) {
        int p = beta.length;
        double lp = 0;
        for (int j = 0; j < p; j++) {
            lp += -0.5 * (beta[j] / tau) * (beta[j] / tau) - Math.log(tau) - LOG_SQRT_TWO_PI;
            grad[j] = -beta[j] / (tau * tau);
        }
        for (int i = 0; i < y.length; i++) {
            double fit = 0;
            for (int j = 0; j < p; j++) fit += x[i][j] * beta[j];
            double z = (y[i] - fit) / sigma;
            residual[i] = z / sigma;
            lp += -0.5 * z * z - Math.log(sigma) - LOG_SQRT_TWO_PI;
        }
        for (int i = 0; i < y.length; i++) {
            for (int j = 0; j < p; j++) grad[j] += x[i][j] * residual[i];
        }
        return lp;
    }

    public GaussianPosterior posterior() {
        int p = x[0].length;
        double[][] precision = new double[p][p];
        double[] b = new double[p];
        for (int j = 0; j < p; j++) {
            precision[j][j] += 1 / (tau * tau);
            for (int i = 0; i < y.length; i++) {
                b[j] += x[i][j] * y[i] / (sigma * sigma);
                for (int k = 0; k < p; k++) precision[j][k] += x[i][j] * x[i][k] / (sigma * sigma);
            }
        }
        return GaussianPosterior.fromPrecision(precision, b);
    }
}
