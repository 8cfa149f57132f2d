package org.ppl.gp;

import java.util.Arrays;
import org.ppl.ad.NumericFailure;
import org.ppl.linalg.CholeskyKernel;
import org.ppl.linalg.TriangularKernels;

/**
 * The factorisations shared by the sparse likelihood and its predictions, in O(N·M²) (PyMC's
 * MarginalApprox; Titsias 2009). With L_uu = chol(K_uu + jitter I), A = L_uu⁻¹ K_uf (M×N) and the
 * noise Λ:
 * <ul>
 *   <li>{@code phi} = A Λ⁻¹ Aᵀ (M×M), {@code lb} = chol(B), B = I + phi;</li>
 *   <li>{@code c} = L_B⁻¹ A Λ⁻¹ R (M×P) for the residual R = Y - m(X);</li>
 *   <li>{@code q}_i = |a_i|² = diag(Q_ff), and {@code traceQ} their sum.</li>
 * </ul>
 * One sweep over column panels of K_uf does all the O(N·M²) work while a panel is in cache: the
 * triangular solve for A, q, Λ, and the panel's share of phi and A Λ⁻¹ R. A is formed by the solve
 * rather than the Gram matrix K_uf K_fu being reduced on both sides (GPy's psi statistics, half the
 * work): with inducing inputs close together K_uu has a condition number near 1/jitter, and the
 * Gram route then lost five digits of the log density's value against one for the solve. Buffers
 * are allocated once.
 */
final class SparseFactors {
    final Approximation approx;
    final int m, n, p;
    final double[] luu, lb, c, phi, lambda, a, q;
    /** FITC only (null otherwise): whether K_ii - q_i was clipped at 0. */
    final boolean[] clipped;
    double traceQ;
    /** FITC only: Λ⁻¹ and Λ⁻¹R. */
    private final double[] weights, weighted;
    private final WideProducts.Scratch scratch;

    SparseFactors(Approximation approx, int m, int n, int p) {
        this.approx = approx;
        this.m = m;
        this.n = n;
        this.p = p;
        this.luu = new double[m * m];
        this.lb = new double[m * m];
        this.c = new double[m * p];
        this.phi = new double[m * m];
        this.lambda = new double[n];
        this.a = new double[m * n];
        this.q = new double[n];
        this.scratch = new WideProducts.Scratch(m, n, p);
        boolean fitc = approx == Approximation.FITC;
        this.clipped = fitc ? new boolean[n] : null;
        this.weights = fitc ? new double[n] : null;
        this.weighted = fitc ? new double[n * p] : null;
    }

    /** Whether Λ = σ² I (VFE and DTC). */
    boolean homoscedastic() {
        return approx != Approximation.FITC;
    }

    /** @param kffd the diagonal of K_ff (read by FITC only); {@code res} is R = Y - m (N×P) */
    void compute(Jitter jitter, double[] kuu, double[] kuf, double[] kffd, double[] res, double sigma2) {
        System.arraycopy(kuu, 0, luu, 0, m * m);
        double add = jitter.amount(kuu, m);
        for (int k = 0; k < m; k++) luu[k * m + k] += add;
        if (!CholeskyKernel.factor(luu, m)) {
            throw new NumericFailure("marginal_likelihood (sparse): K_uu is not positive definite");
        }
        Arrays.fill(phi, 0.0);
        Arrays.fill(c, 0.0);
        double trace = 0;
        for (int j0 = 0; j0 < n; j0 += WideProducts.PANEL) {
            int w = WideProducts.width(j0, n);
            double[] panel = scratch.panel;
            WideProducts.copyOut(kuf, n, j0, w, m, panel);
            TriangularKernels.solveLower(luu, m, panel, w);
            WideProducts.copyIn(panel, w, m, a, n, j0);
            WideProducts.columnDots(panel, panel, w, m, q, j0);
            for (int j = j0; j < j0 + w; j++) trace += q[j];
            if (homoscedastic()) {
                WideProducts.gramAdd(panel, w, m, null, 0, phi, scratch);
                WideProducts.timesAdd(panel, w, m, res, j0, p, c, scratch);
            } else {
                fitcNoise(kffd, res, sigma2, j0, w);
                WideProducts.gramAdd(panel, w, m, weights, j0, phi, scratch);
                WideProducts.timesAdd(panel, w, m, weighted, j0, p, c, scratch);
            }
        }
        traceQ = trace;
        symmetrise(phi);
        if (homoscedastic()) {
            Arrays.fill(lambda, sigma2);
            for (int k = 0; k < m * m; k++) phi[k] /= sigma2;
            for (int k = 0; k < m * p; k++) c[k] /= sigma2;
        }
        System.arraycopy(phi, 0, lb, 0, m * m);
        for (int k = 0; k < m; k++) lb[k * m + k] += 1.0;
        if (!CholeskyKernel.factor(lb, m)) {
            throw new NumericFailure("marginal_likelihood (sparse): I + A Λ⁻¹ Aᵀ is not positive definite");
        }
        TriangularKernels.solveLower(lb, m, c, p);
    }

    /** FITC's Λ_i = max(K_ii - q_i, 0) + σ², its inverse, and Λ⁻¹R, for the panel's points. */
    private void fitcNoise(double[] kffd, double[] res, double sigma2, int j0, int width) {
        for (int i = j0; i < j0 + width; i++) {
            double d = kffd[i] - q[i];
            clipped[i] = d < 0;
            lambda[i] = Math.max(d, 0.0) + sigma2;
            weights[i] = 1.0 / lambda[i];
            for (int col = 0; col < p; col++) weighted[i * p + col] = res[i * p + col] * weights[i];
        }
    }

    /** Averages S with its transpose, against rounding in the panel sums. */
    private void symmetrise(double[] s) {
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < i; j++) {
                double v = 0.5 * (s[i * m + j] + s[j * m + i]);
                s[i * m + j] = v;
                s[j * m + i] = v;
            }
        }
    }

    double sumLogLambda() {
        if (homoscedastic()) return n == 0 ? 0.0 : n * Math.log(lambda[0]);
        double s = 0;
        for (double l : lambda) s += Math.log(l);
        return s;
    }

    double sumLogDiagonalB() {
        double s = 0;
        for (int k = 0; k < m; k++) s += Math.log(lb[k * m + k]);
        return s;
    }
}
