package org.ppl.infer.vi;

import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.LUDecomposition;
import org.apache.commons.math3.linear.RealMatrix;
import org.apache.commons.math3.linear.RealVector;

/**
 * A normal posterior known in closed form: mean and covariance (computed with Commons Math, an
 * independent source), plus the precision, whose diagonal gives mean-field ADVI's known optimum
 * (for a Gaussian target, KL(q‖p) is minimised by q variances 1 / Λ_ii).
 */
public record GaussianPosterior(double[] mean, double[][] covariance, double[][] precision) {

    public static GaussianPosterior fromPrecision(double[][] precision, double[] precisionTimesMean) {
        RealMatrix lambda = new Array2DRowRealMatrix(precision);
        RealMatrix cov = new LUDecomposition(lambda).getSolver().getInverse();
        RealVector mean = cov.operate(new ArrayRealVector(precisionTimesMean));
        return new GaussianPosterior(mean.toArray(), cov.getData(), precision);
    }

    public int dimension() {
        return mean.length;
    }

    public double sd(int i) {
        return Math.sqrt(covariance[i][i]);
    }

    /** The standard deviation mean-field ADVI converges to: 1 / √Λ_ii. */
    public double meanFieldSd(int i) {
        return 1.0 / Math.sqrt(precision[i][i]);
    }
}
