package org.ppl.infer.nuts;

/** N(mean, Σ) given by the precision P = Σ^{-1}: log p = -(x-μ)ᵀ P (x-μ)/2 + const. */
final class GaussianModel extends HandModel {
    private final double[] mean;
    private final double[] precision; // row-major n x n, or null for the identity
    private final double logNormaliser;
    /** Per row, the first and one past the last column where the precision is not zero. */
    private final int[] from;
    private final int[] to;

    GaussianModel(double[] mean, double[] precision, double logDetCovariance) {
        super(mean.length);
        this.mean = mean.clone();
        this.precision = precision == null ? null : precision.clone();
        this.logNormaliser = -0.5 * n * Math.log(2 * Math.PI) - 0.5 * logDetCovariance;
        this.from = new int[n];
        this.to = new int[n];
        for (int i = 0; i < n; i++) {
            from[i] = n;
            for (int j = 0; j < n && precision != null; j++) {
                if (precision[i * n + j] != 0) {
                    from[i] = Math.min(from[i], j);
                    to[i] = j + 1;
                }
            }
        }
    }

    static GaussianModel standard(int n) {
        return new GaussianModel(new double[n], null, 0.0);
    }

    /**
     * Scales s_i log-spaced from {@code minScale} to {@code maxScale} and equicorrelation ρ:
     * Σ = S R S with R = (1 - ρ) I + ρ 1 1ᵀ. Closed forms: R^{-1} = (I - ρ/(1 + (n-1)ρ) 1 1ᵀ) / (1 - ρ),
     * det R = (1 - ρ)^{n-1} (1 + (n-1)ρ).
     */
    static GaussianModel equicorrelated(int n, double rho, double minScale, double maxScale) {
        double[] s = scales(n, minScale, maxScale);
        double c = rho / (1 + (n - 1) * rho);
        double[] p = new double[n * n];
        double logDet = (n - 1) * Math.log(1 - rho) + Math.log(1 + (n - 1) * rho);
        for (int i = 0; i < n; i++) {
            logDet += 2 * Math.log(s[i]);
            for (int j = 0; j < n; j++) {
                double rInv = ((i == j ? 1 : 0) - c) / (1 - rho);
                p[i * n + j] = rInv / (s[i] * s[j]);
            }
        }
        return new GaussianModel(new double[n], p, logDet);
    }

    /**
     * Scales s_i log-spaced from {@code minScale} to {@code maxScale} and AR(1) correlation
     * R_ij = ρ^|i-j|: Σ = S R S. R^{-1} is tridiagonal, (1/(1-ρ²)) with 1 at the two ends and 1 + ρ²
     * elsewhere on the diagonal and -ρ beside it; det R = (1 - ρ²)^{n-1}.
     */
    static GaussianModel autoregressive(int n, double rho, double minScale, double maxScale) {
        double[] s = scales(n, minScale, maxScale);
        double[] p = new double[n * n];
        double c = 1 / (1 - rho * rho);
        double logDet = (n - 1) * Math.log(1 - rho * rho);
        for (int i = 0; i < n; i++) {
            logDet += 2 * Math.log(s[i]);
            double diag = (i == 0 || i == n - 1) ? 1 : 1 + rho * rho;
            p[i * n + i] = c * diag / (s[i] * s[i]);
            if (i + 1 < n) {
                p[i * n + i + 1] = -c * rho / (s[i] * s[i + 1]);
                p[(i + 1) * n + i] = p[i * n + i + 1];
            }
        }
        return new GaussianModel(new double[n], p, logDet);
    }

    static double[] scales(int n, double minScale, double maxScale) {
        double[] s = new double[n];
        for (int i = 0; i < n; i++) {
            double f = n == 1 ? 0 : (double) i / (n - 1);
            s[i] = minScale * Math.pow(maxScale / minScale, f);
        }
        return s;
    }

    @Override
    public double logDensityGradient(double[] x, double[] grad, boolean jacobian) {
        double quad = 0;
        if (precision == null) {
            for (int i = 0; i < n; i++) {
                double d = x[i] - mean[i];
                grad[i] = -d;
                quad += d * d;
            }
        } else {
            for (int i = 0; i < n; i++) {
                double g = 0;
                int row = i * n;
                for (int j = from[i]; j < to[i]; j++) g -= precision[row + j] * (x[j] - mean[j]);
                grad[i] = g;
                quad -= (x[i] - mean[i]) * g;
            }
        }
        return logNormaliser - 0.5 * quad;
    }
}
