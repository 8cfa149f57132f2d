package org.ppl.infer.vi;

/**
 * A multivariate normal: parameters μ and the lower-triangular factor L (packed by rows, L_ij at
 * i(i+1)/2 + j) of the covariance L L', as Stan's {@code normal_fullrank}. The entropy is
 * n/2 (1 + log 2π) + Σ log |L_ii|, with gradient 1/L_ii on the diagonal.
 */
public final class FullRankGaussian implements VariationalFamily {
    private final int n;
    /** μ then L packed by rows. */
    private final double[] params;

    private final double startScale;

    public FullRankGaussian(int dimension) {
        this(dimension, 1.0);
    }

    /** A family whose {@link #reset} starts with the Cholesky factor at {@code startScale} times I. */
    public FullRankGaussian(int dimension, double startScale) {
        this.n = dimension;
        this.params = new double[dimension + dimension * (dimension + 1) / 2];
        this.startScale = startScale;
    }

    private static int packed(int i, int j) {
        return i * (i + 1) / 2 + j;
    }

    @Override
    public int dimension() {
        return n;
    }

    @Override
    public int parameterCount() {
        return params.length;
    }

    @Override
    public double[] parameters() {
        return params;
    }

    @Override
    public void reset(double[] mean) {
        System.arraycopy(mean, 0, params, 0, n);
        java.util.Arrays.fill(params, n, params.length, 0.0);
        for (int i = 0; i < n; i++) params[n + packed(i, i)] = startScale;
    }

    /** Negates every column of L whose diagonal is negative: L D (L D)' = L L' for D = ±1. */
    @Override
    public void canonicalParameters(double[] out) {
        System.arraycopy(params, 0, out, 0, params.length);
        for (int j = 0; j < n; j++) {
            if (params[n + packed(j, j)] >= 0) continue;
            for (int i = j; i < n; i++) out[n + packed(i, j)] = -out[n + packed(i, j)];
        }
    }

    @Override
    public void transform(double[] eta, double[] zeta) {
        for (int i = 0; i < n; i++) {
            int row = n + packed(i, 0);
            double s = params[i];
            for (int j = 0; j <= i; j++) s += params[row + j] * eta[j];
            zeta[i] = s;
        }
    }

    @Override
    public void addDrawGradient(double[] eta, double[] g, double[] gradient) {
        for (int i = 0; i < n; i++) {
            gradient[i] += g[i];
            int row = n + packed(i, 0);
            double gi = g[i];
            for (int j = 0; j <= i; j++) gradient[row + j] += gi * eta[j];
        }
    }

    @Override
    public void addEntropyGradient(double[] gradient) {
        for (int i = 0; i < n; i++) {
            int d = n + packed(i, i);
            gradient[d] += 1.0 / params[d];
        }
    }

    private double logAbsDiagonal() {
        double s = 0;
        for (int i = 0; i < n; i++) s += Math.log(Math.abs(params[n + packed(i, i)]));
        return s;
    }

    @Override
    public double entropy() {
        return 0.5 * n * (1.0 + MeanFieldGaussian.LOG_TWO_PI) + logAbsDiagonal();
    }

    @Override
    public double logDensity(double[] eta) {
        double s = -0.5 * n * MeanFieldGaussian.LOG_TWO_PI - logAbsDiagonal();
        for (int i = 0; i < n; i++) s -= 0.5 * eta[i] * eta[i];
        return s;
    }

    @Override
    public double[] mean() {
        return java.util.Arrays.copyOf(params, n);
    }

    @Override
    public double[] standardDeviations() {
        double[] sd = new double[n];
        for (int i = 0; i < n; i++) {
            int row = n + packed(i, 0);
            double s = 0;
            for (int j = 0; j <= i; j++) s += params[row + j] * params[row + j];
            sd[i] = Math.sqrt(s);
        }
        return sd;
    }

    @Override
    public double[] covariance() {
        double[] l = choleskyFactor();
        double[] cov = new double[n * n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j <= i; j++) {
                double s = 0;
                for (int k = 0; k <= j; k++) s += l[i * n + k] * l[j * n + k];
                cov[i * n + j] = s;
                cov[j * n + i] = s;
            }
        }
        return cov;
    }

    @Override
    public double[] choleskyFactor() {
        double[] l = new double[n * n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j <= i; j++) l[i * n + j] = params[n + packed(i, j)];
        }
        return l;
    }

    @Override
    public String name() {
        return "fullrank";
    }
}
