package org.ppl.gp;

import org.ppl.ad.NumericFailure;
import org.ppl.linalg.CholeskyRows;

/**
 * The GP-LVM log likelihood log N(Y | 0, A), A = η² K(X; ℓ) + (σ² + jitter) I with K the ARD
 * exponentiated quadratic, and its gradient with respect to X, ℓ, η and σ, written directly on the
 * dense kernels without the tape: K, its Cholesky factor, α = A⁻¹Y, W = P·A⁻¹ - ααᵀ, and
 * ∂log p/∂θ = -½ tr(W ∂A/∂θ) (Rasmussen &amp; Williams 2006, eq. 5.9; Lawrence 2005). It is the
 * hand-written baseline of the benchmark and an independent check of the GP operations. The jitter
 * is {@code jitterRelative} times the mean diagonal of η²K, that is jitterRelative·η², as
 * {@link Jitter#relative}. It uses the same dense kernels as the tape's marginal-likelihood
 * operation ({@link CholeskyRows}: the factor kept as rows, right-hand sides as rows of length N,
 * α and A⁻¹ from L⁻¹), so that the benchmark compares the gradient's organisation, not two sets
 * of kernels.
 */
public final class GplvmReferenceGradient {
    private static final double LOG_2PI = Math.log(2 * Math.PI);

    private final int n, p, q;
    private final double[] y;
    private final double jitterRelative;
    private final double[] kernel, scaled, invLs2;
    private final CholeskyRows factor;
    /** Rows: the residual columns (then L⁻¹ of them), α's columns, the lower triangle of A⁻¹. */
    private final double[][] columns, alpha, inverse;

    /** {@code y} is N×P row-major (copied). */
    public GplvmReferenceGradient(double[] y, int n, int p, int q, double jitterRelative) {
        if (y.length != n * p) throw new IllegalArgumentException("y has " + y.length + " values, not " + n + "×" + p);
        this.n = n;
        this.p = p;
        this.q = q;
        this.y = y.clone();
        this.jitterRelative = jitterRelative;
        this.kernel = new double[n * n];
        this.scaled = new double[n * n];
        this.invLs2 = new double[q];
        this.factor = new CholeskyRows(n);
        this.columns = new double[p][n];
        this.alpha = new double[p][n];
        this.inverse = new double[n][n];
    }

    /**
     * Returns log p and writes ∂log p/∂X (N×Q), ∂/∂ℓ (Q) and {∂/∂η, ∂/∂σ} into the given arrays.
     *
     * @throws NumericFailure when A is not positive definite
     */
    public double logLikelihood(double[] x, double[] ls, double eta, double sigma, double[] gradX, double[] gradLs,
            double[] gradEtaSigma) {
        for (int d = 0; d < q; d++) invLs2[d] = 1.0 / (ls[d] * ls[d]);
        double eta2 = eta * eta;
        fillKernel(x);
        for (int t = 0; t < n * n; t++) scaled[t] = eta2 * kernel[t];
        if (!factor.factorShifted(scaled, sigma * sigma + jitterRelative * eta2)) {
            throw new NumericFailure("GP-LVM: covariance is not positive definite");
        }
        for (int i = 0; i < n; i++) {
            for (int c = 0; c < p; c++) columns[c][i] = y[i * p + c];
        }
        factor.solveLower(columns, p);
        double quadratic = 0;
        for (double[] column : columns) {
            for (int i = 0; i < n; i++) quadratic += column[i] * column[i];
        }
        double logp = -0.5 * p * factor.logDeterminant() - 0.5 * quadratic - 0.5 * n * p * LOG_2PI;

        factor.inverse(inverse, columns, alpha, p);
        contract(x, eta2, gradX, gradLs, gradEtaSigma, eta, sigma);
        return logp;
    }

    private void fillKernel(double[] x) {
        for (int i = 0; i < n; i++) {
            kernel[i * n + i] = 1.0;
            for (int j = 0; j < i; j++) {
                double r2 = 0;
                for (int d = 0; d < q; d++) {
                    double diff = x[i * q + d] - x[j * q + d];
                    r2 += diff * diff * invLs2[d];
                }
                double k = Math.exp(-0.5 * r2);
                kernel[i * n + j] = k;
                kernel[j * n + i] = k;
            }
        }
    }

    /** Contracts W = P A⁻¹ - ααᵀ with ∂A/∂θ for every parameter, one pass over the pairs i > j. */
    private void contract(double[] x, double eta2, double[] gradX, double[] gradLs, double[] gradEtaSigma, double eta,
            double sigma) {
        java.util.Arrays.fill(gradX, 0, n * q, 0.0);
        java.util.Arrays.fill(gradLs, 0, q, 0.0);
        double traceW = 0, wDotK = 0;
        for (int i = 0; i < n; i++) {
            double wii = p * inverse[i][i];
            for (int c = 0; c < p; c++) wii -= alpha[c][i] * alpha[c][i];
            traceW += wii;
            wDotK += wii;
            for (int j = 0; j < i; j++) {
                double wij = p * inverse[i][j];
                for (int c = 0; c < p; c++) wij -= alpha[c][i] * alpha[c][j];
                double kij = kernel[i * n + j];
                wDotK += 2 * wij * kij;
                // ∂log p/∂x_i gets Σ_j W_ij η²K_ij (x_i - x_j)/ℓ², and x_j the opposite.
                double b = wij * eta2 * kij;
                for (int d = 0; d < q; d++) {
                    double diff = x[i * q + d] - x[j * q + d];
                    double g = b * diff * invLs2[d];
                    gradX[i * q + d] += g;
                    gradX[j * q + d] -= g;
                    // -½ Σ over both (i, j) and (j, i) of W_ij η²K_ij diff²/ℓ³.
                    gradLs[d] -= b * diff * diff * invLs2[d];
                }
            }
        }
        for (int d = 0; d < q; d++) gradLs[d] *= Math.sqrt(invLs2[d]);
        gradEtaSigma[0] = -eta * (wDotK + jitterRelative * traceW);
        gradEtaSigma[1] = -sigma * traceW;
    }
}
