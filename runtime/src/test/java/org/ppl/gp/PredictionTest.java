package org.ppl.gp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** Draws from a prediction have its mean and covariance, within Monte Carlo error. */
class PredictionTest {
    private static final int DRAWS = 20_000;
    private static final double STANDARD_ERRORS = 5;

    @Test
    void fullCovarianceDrawsHaveTheRightMoments() {
        double[] cov = {1.0, 0.6, 0.2, 0.6, 2.0, -0.5, 0.2, -0.5, 0.8};
        double[] mean = {1.0, -1.0, 0.5, 2.0, 0.0, 3.0};
        Prediction prediction = new Prediction(3, 2, mean, new double[] {1.0, 2.0, 0.8}, cov);
        double[] sum = new double[6];
        double[] cross = new double[9];
        Random rng = new Random(12);
        for (int d = 0; d < DRAWS; d++) {
            double[] x = prediction.draw(rng);
            for (int k = 0; k < 6; k++) sum[k] += x[k];
            for (int i = 0; i < 3; i++) {
                for (int j = 0; j < 3; j++) cross[i * 3 + j] += (x[i * 2] - mean[i * 2]) * (x[j * 2] - mean[j * 2]);
            }
        }
        for (int k = 0; k < 6; k++) {
            double sd = Math.sqrt(cov[(k / 2) * 4] / DRAWS);
            assertEquals(mean[k], sum[k] / DRAWS, STANDARD_ERRORS * sd, "mean " + k);
        }
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                double se = Math.sqrt((cov[i * 4] * cov[j * 4] + cov[i * 3 + j] * cov[i * 3 + j]) / DRAWS);
                assertEquals(cov[i * 3 + j], cross[i * 3 + j] / DRAWS, STANDARD_ERRORS * se, "cov " + i + "," + j);
            }
        }
    }

    @Test
    void diagonalDrawsHaveTheRightVariance() {
        Prediction prediction = new Prediction(2, 1, new double[] {0.0, 5.0}, new double[] {4.0, 0.25}, null);
        double[] sq = new double[2];
        Random rng = new Random(13);
        for (int d = 0; d < DRAWS; d++) {
            double[] x = prediction.draw(rng);
            sq[0] += x[0] * x[0];
            sq[1] += (x[1] - 5.0) * (x[1] - 5.0);
        }
        assertEquals(4.0, sq[0] / DRAWS, STANDARD_ERRORS * 4.0 * Math.sqrt(2.0 / DRAWS));
        assertEquals(0.25, sq[1] / DRAWS, STANDARD_ERRORS * 0.25 * Math.sqrt(2.0 / DRAWS));
    }
}
