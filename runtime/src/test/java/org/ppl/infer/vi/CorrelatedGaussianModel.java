package org.ppl.infer.vi;

/**
 * theta ~ multi_normal(mu, Sigma) with Sigma_ij = s_i s_j rho^{|i−j|} (an AR(1) correlation):
 * a posterior known exactly, strongly correlated for rho near 1. The density is evaluated from
 * the closed-form tridiagonal precision of the AR(1) matrix.
 */
public final class CorrelatedGaussianModel extends HandWrittenModel {
    private final double[] mu;
    private final double[] scale;
    private final double rho;
    private final double logNormaliser;
    private final double[] z;

    public CorrelatedGaussianModel(double[] mu, double[] scale, double rho) {
        super(mu.length);
        this.mu = mu.clone();
        this.scale = scale.clone();
        this.rho = rho;
        this.z = new double[mu.length];
        int n = mu.length;
        double logDet = (n - 1) * Math.log(1 - rho * rho);
        for (double s : scale) logDet += 2 * Math.log(s);
        this.logNormaliser = -0.5 * n * Math.log(2 * Math.PI) - 0.5 * logDet;
    }

    @Override
    public double logDensityGradient(double[] theta, double[] grad, boolean jacobian) {
        int n = mu.length;
        for (int i = 0; i < n; i++) z[i] = (theta[i] - mu[i]) / scale[i];
        // R^{-1} of AR(1): (1/(1-rho²)) tridiag(-rho; 1, 1+rho², ..., 1+rho², 1; -rho).
        double c = 1 / (1 - rho * rho);
        double quad = 0;
        for (int i = 0; i < n; i++) {
            double diag = (i == 0 || i == n - 1) ? 1.0 : 1 + rho * rho;
            if (n == 1) diag = 1 - rho * rho;
            double rz = diag * z[i];
            if (i > 0) rz -= rho * z[i - 1];
            if (i < n - 1) rz -= rho * z[i + 1];
            rz *= c;
            quad += z[i] * rz;
            grad[i] = -rz / scale[i];
        }
        return logNormaliser - 0.5 * quad;
    }

    public GaussianPosterior posterior() {
        int n = mu.length;
        double[][] cov = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) cov[i][j] = scale[i] * scale[j] * Math.pow(rho, Math.abs(i - j));
        }
        org.apache.commons.math3.linear.RealMatrix p = new org.apache.commons.math3.linear.LUDecomposition(
                new org.apache.commons.math3.linear.Array2DRowRealMatrix(cov)).getSolver().getInverse();
        return new GaussianPosterior(mu.clone(), cov, p.getData());
    }
}
