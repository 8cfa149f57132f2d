package org.ppl.infer.vi;

/**
 * Independent normals: parameters (μ, ω) with standard deviations exp(ω), as Stan's {@code
 * normal_meanfield}. The entropy gradient with respect to each ω is 1.
 */
public final class MeanFieldGaussian implements VariationalFamily {
    static final double LOG_TWO_PI = Math.log(2 * Math.PI);

    private final int n;
    /** μ then ω. */
    private final double[] params;

    private final double startLogScale;

    public MeanFieldGaussian(int dimension) {
        this(dimension, 1.0);
    }

    /** A family whose {@link #reset} starts every standard deviation at {@code startScale}. */
    public MeanFieldGaussian(int dimension, double startScale) {
        this.n = dimension;
        this.params = new double[2 * dimension];
        this.startLogScale = Math.log(startScale);
    }

    @Override
    public int dimension() {
        return n;
    }

    @Override
    public int parameterCount() {
        return 2 * n;
    }

    @Override
    public double[] parameters() {
        return params;
    }

    @Override
    public void reset(double[] mean) {
        System.arraycopy(mean, 0, params, 0, n);
        java.util.Arrays.fill(params, n, 2 * n, startLogScale);
    }

    @Override
    public void transform(double[] eta, double[] zeta) {
        for (int i = 0; i < n; i++) zeta[i] = params[i] + Math.exp(params[n + i]) * eta[i];
    }

    @Override
    public void addDrawGradient(double[] eta, double[] g, double[] gradient) {
        for (int i = 0; i < n; i++) {
            gradient[i] += g[i];
            gradient[n + i] += g[i] * eta[i] * Math.exp(params[n + i]);
        }
    }

    @Override
    public void addEntropyGradient(double[] gradient) {
        for (int i = 0; i < n; i++) gradient[n + i] += 1.0;
    }

    @Override
    public double entropy() {
        double s = 0.5 * n * (1.0 + LOG_TWO_PI);
        for (int i = 0; i < n; i++) s += params[n + i];
        return s;
    }

    @Override
    public double logDensity(double[] eta) {
        double s = -0.5 * n * LOG_TWO_PI;
        for (int i = 0; i < n; i++) s -= 0.5 * eta[i] * eta[i] + params[n + i];
        return s;
    }

    @Override
    public double[] mean() {
        return java.util.Arrays.copyOf(params, n);
    }

    @Override
    public double[] standardDeviations() {
        double[] sd = new double[n];
        for (int i = 0; i < n; i++) sd[i] = Math.exp(params[n + i]);
        return sd;
    }

    @Override
    public double[] covariance() {
        double[] cov = new double[n * n];
        for (int i = 0; i < n; i++) cov[i * n + i] = Math.exp(2 * params[n + i]);
        return cov;
    }

    @Override
    public double[] choleskyFactor() {
        double[] l = new double[n * n];
        for (int i = 0; i < n; i++) l[i * n + i] = Math.exp(params[n + i]);
        return l;
    }

    @Override
    public String name() {
        return "meanfield";
    }
}
