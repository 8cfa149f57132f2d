package org.ppl.gp;

import org.ppl.ad.NumericFailure;
import org.ppl.linalg.CholeskyKernel;
import org.ppl.linalg.TriangularKernels;

/**
 * The factorisations shared by the sparse likelihood and its predictions, all in O(N·M²) (PyMC's
 * MarginalApprox): L_uu = chol(K_uu + jitter I), A = L_uu⁻¹ K_uf (M×N), q_i = |a_i|² = diag(Q_ff)_i,
 * Λ, A Λ⁻¹ (kept in {@code scaled}), L_B = chol(I + A Λ⁻¹ Aᵀ), c = L_B⁻¹ A Λ⁻¹ R (M×P). Buffers are
 * allocated once.
 */
final class SparseFactors {
    final int m, n, p;
    final double[] luu, a, q, lambda, lb, c, scaled;
    final boolean[] clipped;

    SparseFactors(int m, int n, int p) {
        this.m = m;
        this.n = n;
        this.p = p;
        this.luu = new double[m * m];
        this.a = new double[m * n];
        this.q = new double[n];
        this.lambda = new double[n];
        this.lb = new double[m * m];
        this.c = new double[m * p];
        this.scaled = new double[m * n];
        this.clipped = new boolean[n];
    }

    /** @param kffd the diagonal of K_ff (read by VFE and FITC only); {@code res} is R = Y - m (N×P) */
    void compute(Approximation approx, Jitter jitter, double[] kuu, double[] kuf, double[] kffd, double[] res,
            double sigma2) {
        System.arraycopy(kuu, 0, luu, 0, m * m);
        double add = jitter.amount(kuu, m);
        for (int k = 0; k < m; k++) luu[k * m + k] += add;
        if (!CholeskyKernel.factor(luu, m)) {
            throw new NumericFailure("marginal_likelihood (sparse): K_uu is not positive definite");
        }
        System.arraycopy(kuf, 0, a, 0, m * n);
        TriangularKernels.solveLower(luu, m, a, n);
        java.util.Arrays.fill(q, 0.0);
        for (int k = 0; k < m; k++) {
            for (int i = 0; i < n; i++) q[i] += a[k * n + i] * a[k * n + i];
        }
        for (int i = 0; i < n; i++) {
            if (approx == Approximation.FITC) {
                double d = kffd[i] - q[i];
                clipped[i] = d < 0;
                lambda[i] = Math.max(d, 0.0) + sigma2;
            } else {
                lambda[i] = sigma2;
            }
        }
        for (int k = 0; k < m; k++) {
            for (int i = 0; i < n; i++) scaled[k * n + i] = a[k * n + i] / lambda[i];
        }
        factorB();
        java.util.Arrays.fill(c, 0.0);
        for (int k = 0; k < m; k++) {
            for (int i = 0; i < n; i++) {
                double w = scaled[k * n + i];
                for (int col = 0; col < p; col++) c[k * p + col] += w * res[i * p + col];
            }
        }
        TriangularKernels.solveLower(lb, m, c, p);
    }

    /** L_B = chol(I + A Λ⁻¹ Aᵀ): positive definite whenever Λ > 0. */
    private void factorB() {
        for (int k = 0; k < m; k++) {
            for (int l = 0; l <= k; l++) {
                double s = 0;
                for (int i = 0; i < n; i++) s += scaled[k * n + i] * a[l * n + i];
                lb[k * m + l] = s + (k == l ? 1.0 : 0.0);
            }
        }
        if (!CholeskyKernel.factor(lb, m)) {
            throw new NumericFailure("marginal_likelihood (sparse): I + A Λ⁻¹ Aᵀ is not positive definite");
        }
    }

    double sumLogLambda() {
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
