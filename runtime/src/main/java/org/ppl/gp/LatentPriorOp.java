package org.ppl.gp;

import org.ppl.ad.Node;
import org.ppl.ad.NumericFailure;
import org.ppl.ad.Op;
import org.ppl.ad.ShapeException;
import org.ppl.linalg.CholeskyKernel;
import org.ppl.linalg.TriangularKernels;

/**
 * The non-centred GP prior f = m + L v, L = chol(K + jitter I), for v (N,) or V (N, P) standard
 * normal: one operation. Backward: v̄ = Lᵀ ḡ, m̄ = Σ_columns ḡ, and K̄ by the Cholesky reverse rule
 * K̄ = sym(L⁻ᵀ Φ(Lᵀ L̄) L⁻¹) (Murray 2016, eq. 10; Φ keeps the lower triangle and halves the
 * diagonal). Here L̄ = tril(Ḡ Vᵀ), so Φ(Lᵀ L̄) = Φ(W Vᵀ) with W = Lᵀ Ḡ, formed in O(N²·P); the two
 * triangular solves cost O(N³). K is read as symmetric and gets a symmetric adjoint.
 */
public final class LatentPriorOp extends Op {
    private final Node k, v, mean;
    private final Jitter jitter;
    private final int n, p;
    private final double[] factor, w, phi;

    public LatentPriorOp(Node k, Node v, Node mean, Jitter jitter) {
        super(v.shape, mean == null ? new Node[] {k, v} : new Node[] {k, v, mean});
        int rows = k.shape.rows();
        if (!k.shape.isMatrix() || k.shape.cols() != rows) {
            throw new ShapeException("Latent.prior: K has shape " + k.shape + "; expected a square matrix");
        }
        if (v.shape.rank() < 1 || v.shape.rank() > 2 || v.shape.rows() != rows) {
            throw new ShapeException("Latent.prior: v has shape " + v.shape + "; expected (" + rows + ",) or (" + rows + ", P)");
        }
        if (mean != null && !(mean.shape.isVector() && mean.size() == rows)) {
            throw new ShapeException("Latent.prior: the mean has shape " + mean.shape + "; expected (" + rows + ",)");
        }
        this.k = k;
        this.v = v;
        this.mean = mean;
        this.jitter = jitter;
        this.n = rows;
        this.p = v.shape.cols();
        this.factor = new double[n * n];
        this.w = new double[n * p];
        this.phi = k.isDifferentiable() ? new double[n * n] : null;
    }

    /** The current Cholesky factor (lower triangular, row-major). */
    double[] factor() {
        return factor;
    }

    @Override
    public void forward() {
        System.arraycopy(k.value, 0, factor, 0, n * n);
        double add = jitter.amount(k.value, n);
        for (int i = 0; i < n; i++) factor[i * n + i] += add;
        if (!CholeskyKernel.factor(factor, n)) throw new NumericFailure("Latent.prior: K is not positive definite");
        double[] vv = v.value, f = out.value;
        for (int i = 0; i < n; i++) {
            double mi = mean == null ? 0.0 : mean.value[i];
            for (int c = 0; c < p; c++) {
                double s = mi;
                for (int j = 0; j <= i; j++) s += factor[i * n + j] * vv[j * p + c];
                f[i * p + c] = s;
            }
        }
    }

    @Override
    public void backward() {
        double[] g = out.adjoint;
        if (mean != null && mean.adjoint != null) {
            for (int i = 0; i < n; i++) {
                for (int c = 0; c < p; c++) mean.adjoint[i] += g[i * p + c];
            }
        }
        // W = Lᵀ Ḡ.
        java.util.Arrays.fill(w, 0.0);
        for (int i = 0; i < n; i++) {
            for (int j = 0; j <= i; j++) {
                double lij = factor[i * n + j];
                for (int c = 0; c < p; c++) w[j * p + c] += lij * g[i * p + c];
            }
        }
        if (v.adjoint != null) {
            for (int t = 0; t < n * p; t++) v.adjoint[t] += w[t];
        }
        if (phi != null) pullBackK();
    }

    private void pullBackK() {
        double[] vv = v.value;
        java.util.Arrays.fill(phi, 0.0);
        for (int i = 0; i < n; i++) {
            for (int j = 0; j <= i; j++) {
                double s = 0;
                for (int c = 0; c < p; c++) s += w[i * p + c] * vv[j * p + c];
                phi[i * n + j] = i == j ? 0.5 * s : s;
            }
        }
        // Ψ = L⁻ᵀ Φ L⁻¹.
        TriangularKernels.solveLowerTransposed(factor, n, phi, n);
        TriangularKernels.solveRightLower(factor, n, phi, n);
        double trace = 0;
        double[] gk = k.adjoint;
        for (int i = 0; i < n; i++) {
            for (int j = 0; j <= i; j++) {
                double s = 0.5 * (phi[i * n + j] + phi[j * n + i]);
                gk[i * n + j] += s;
                if (i != j) gk[j * n + i] += s;
                else trace += s;
            }
        }
        if (jitter.relative() != 0) {
            double dj = trace * jitter.relative() / n;
            for (int i = 0; i < n; i++) gk[i * n + i] += dj;
        }
    }
}
