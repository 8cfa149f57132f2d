package org.ppl.gp;

import java.util.random.RandomGenerator;
import org.ppl.ad.NumericFailure;
import org.ppl.linalg.CholeskyKernel;

/**
 * A GP's predictive distribution at S new points for P columns: the mean (S×P, row-major), the
 * variance of each point (S), and the S×S covariance shared by the columns (null when only the
 * diagonal was asked for).
 */
public record Prediction(int points, int columns, double[] mean, double[] variance, double[] covariance) {
    public boolean isDiagonal() {
        return covariance == null;
    }

    /**
     * One draw from the predictive distribution (S×P row-major): independent normals when diagonal,
     * else mean + L z with L a Cholesky factor of the covariance, jittered upwards from 1e-10 of its
     * mean diagonal until it factors (a predictive covariance is often singular to rounding).
     */
    public double[] draw(RandomGenerator rng) {
        double[] out = mean.clone();
        if (covariance == null) {
            for (int i = 0; i < points; i++) {
                double sd = Math.sqrt(Math.max(variance[i], 0.0));
                for (int c = 0; c < columns; c++) out[i * columns + c] += sd * rng.nextGaussian();
            }
            return out;
        }
        double[] l = jitteredFactor();
        double[] z = new double[points];
        for (int c = 0; c < columns; c++) {
            for (int i = 0; i < points; i++) z[i] = rng.nextGaussian();
            for (int i = 0; i < points; i++) {
                double s = 0;
                for (int j = 0; j <= i; j++) s += l[i * points + j] * z[j];
                out[i * columns + c] += s;
            }
        }
        return out;
    }

    private double[] jitteredFactor() {
        double meanDiagonal = 0;
        for (int i = 0; i < points; i++) meanDiagonal += covariance[i * points + i];
        meanDiagonal = Math.max(meanDiagonal / Math.max(points, 1), Double.MIN_NORMAL);
        double[] l = new double[points * points];
        for (double jitter = 1e-10; jitter <= 1e-2; jitter *= 10) {
            System.arraycopy(covariance, 0, l, 0, l.length);
            for (int i = 0; i < points; i++) l[i * points + i] += jitter * meanDiagonal;
            if (CholeskyKernel.factor(l, points)) return l;
        }
        throw new NumericFailure("predictive covariance is not positive semi-definite");
    }
}
