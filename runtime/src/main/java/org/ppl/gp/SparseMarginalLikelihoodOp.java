package org.ppl.gp;

import org.ppl.ad.Node;
import org.ppl.ad.Op;
import org.ppl.ad.Shape;
import org.ppl.ad.ShapeException;
import org.ppl.linalg.SpdInverse;
import org.ppl.linalg.TriangularKernels;

/**
 * The sparse GP marginal likelihood log N(R | 0, Q_ff + Λ) (minus VFE's trace term) for P columns,
 * as one operation in O(N·M² + N·M·P) through the Woodbury and determinant identities; no N×N
 * matrix is formed. Writing Σ = Q_ff + Λ, β = Σ⁻¹R, B = I + AΛ⁻¹Aᵀ and W_Σ = ½(ββᵀ - PΣ⁻¹), the
 * adjoints are (every N×N product reduced to M-sized ones by VΣ⁻¹ = K_uu B̃⁻¹ V Λ⁻¹, B̃ = L_uu B L_uuᵀ):
 *
 * <pre>
 *   K̄_uf = L_uu⁻ᵀ [ (Aβ)βᵀ - P B⁻¹A Λ⁻¹ + 2 A diag(q̄) ]
 *   K̄_uu = L_uu⁻ᵀ [ -½ (Aβ)(Aβ)ᵀ + ½P (I - B⁻¹) - A diag(q̄) Aᵀ ] L_uu⁻¹
 *   Λ̄_i  = (W_Σ)_ii = ½ (|β_i|² - P (1/Λ_i - |L_B⁻¹ a_i|² / Λ_i²))
 * </pre>
 *
 * where q̄_i = ∂log p/∂q_i through Λ (FITC: -Λ̄_i) or the trace term (VFE: P/(2σ²)), and Λ̄ reaches
 * σ (2σ ΣΛ̄) and, for FITC, diag K_ff. K_uu is read as symmetric and gets a symmetric adjoint.
 */
public final class SparseMarginalLikelihoodOp extends Op {
    private static final double LOG_2PI = Math.log(2 * Math.PI);

    private final Approximation approx;
    private final Jitter jitter;
    private final Node kuu, kuf, kffd, y, noise, mean;
    private final int m, n, p;
    private final SparseFactors f;
    private final double[] res, t, beta, lambdaBar, qBar, aBeta, bInverse, work, s;

    /**
     * @param kffd the diagonal of K_ff, (N,); null for DTC
     * @param mean m(X), (N,), or null for a zero mean
     */
    public SparseMarginalLikelihoodOp(Approximation approx, Jitter jitter, Node kuu, Node kuf, Node kffd, Node y, Node noise,
            Node mean) {
        super(Shape.SCALAR, nonNull(kuu, kuf, kffd, y, noise, mean));
        this.m = kuu.shape.rows();
        this.n = kuf.shape.cols();
        checkShapes(approx, kuu, kuf, kffd, y, noise, mean, m, n);
        this.approx = approx;
        this.jitter = jitter;
        this.kuu = kuu;
        this.kuf = kuf;
        this.kffd = kffd;
        this.y = y;
        this.noise = noise;
        this.mean = mean;
        this.p = y.shape.cols();
        this.f = new SparseFactors(m, n, p);
        this.res = new double[n * p];
        this.t = new double[m * p];
        this.beta = new double[n * p];
        this.lambdaBar = new double[n];
        this.qBar = new double[n];
        this.aBeta = new double[m * p];
        this.bInverse = new double[m * m];
        this.work = new double[m * m];
        this.s = new double[m * m];
    }

    private static Node[] nonNull(Node... nodes) {
        return java.util.Arrays.stream(nodes).filter(java.util.Objects::nonNull).toArray(Node[]::new);
    }

    private static void checkShapes(Approximation approx, Node kuu, Node kuf, Node kffd, Node y, Node noise, Node mean,
            int m, int n) {
        String fn = "marginal_likelihood (" + approx + ")";
        if (!kuu.shape.isMatrix() || kuu.shape.cols() != m) {
            throw new ShapeException(fn + ": K_uu has shape " + kuu.shape + "; expected a square matrix");
        }
        if (!kuf.shape.isMatrix() || kuf.shape.rows() != m) {
            throw new ShapeException(fn + ": K_uf has shape " + kuf.shape + "; expected (" + m + ", N)");
        }
        if (approx.needsDiagonal() && (kffd == null || !kffd.shape.isVector() || kffd.size() != n)) {
            throw new ShapeException(fn + ": diag K_ff has shape " + (kffd == null ? "none" : kffd.shape) + "; expected (" + n + ",)");
        }
        if (y.shape.rank() < 1 || y.shape.rank() > 2 || y.shape.rows() != n) {
            throw new ShapeException(fn + ": y has shape " + y.shape + "; expected (" + n + ",) or (" + n + ", P)");
        }
        if (noise.size() != 1) throw new ShapeException(fn + ": noise has shape " + noise.shape + "; expected a scalar");
        if (mean != null && !(mean.shape.isVector() && mean.size() == n)) {
            throw new ShapeException(fn + ": the mean has shape " + mean.shape + "; expected (" + n + ",)");
        }
    }

    @Override
    public void forward() {
        double sigma = noise.value[0];
        double sigma2 = sigma * sigma;
        double[] yv = y.value;
        for (int i = 0; i < n; i++) {
            double mi = mean == null ? 0.0 : mean.value[i];
            for (int col = 0; col < p; col++) res[i * p + col] = yv[i * p + col] - mi;
        }
        f.compute(approx, jitter, kuu.value, kuf.value, kffd == null ? null : kffd.value, res, sigma2);
        double logDet = p * (0.5 * f.sumLogLambda() + f.sumLogDiagonalB());
        double quadratic = 0;
        for (int i = 0; i < n; i++) {
            for (int col = 0; col < p; col++) quadratic += res[i * p + col] * res[i * p + col] / f.lambda[i];
        }
        for (double ck : f.c) quadratic -= ck * ck;
        out.value[0] = -(0.5 * n * p * LOG_2PI + logDet + 0.5 * quadratic + traceTerm(sigma2));
    }

    /** VFE's tr(K_ff - Q_ff) / (2σ²), once per column. */
    private double traceTerm(double sigma2) {
        if (approx != Approximation.VFE) return 0.0;
        double d = 0;
        for (int i = 0; i < n; i++) d += kffd.value[i] - f.q[i];
        return p * d / (2 * sigma2);
    }

    @Override
    public void backward() {
        double g = out.adjoint[0];
        double sigma = noise.value[0], sigma2 = sigma * sigma;
        computeBetaAndLambdaBar();
        if (y.adjoint != null) {
            for (int k = 0; k < n * p; k++) y.adjoint[k] -= g * beta[k];
        }
        if (mean != null && mean.adjoint != null) {
            for (int i = 0; i < n; i++) {
                double sum = 0;
                for (int col = 0; col < p; col++) sum += beta[i * p + col];
                mean.adjoint[i] += g * sum;
            }
        }
        for (int i = 0; i < n; i++) {
            if (approx == Approximation.FITC) qBar[i] = f.clipped[i] ? 0.0 : -lambdaBar[i];
            else qBar[i] = approx == Approximation.VFE ? p / (2 * sigma2) : 0.0;
        }
        if (noise.adjoint != null) {
            double sum = 0;
            for (double lb : lambdaBar) sum += lb;
            noise.adjoint[0] += g * (2 * sigma * sum + 2 * traceTerm(sigma2) / sigma);
        }
        if (kffd != null && kffd.adjoint != null) {
            for (int i = 0; i < n; i++) {
                if (approx == Approximation.FITC) kffd.adjoint[i] += f.clipped[i] ? 0.0 : g * lambdaBar[i];
                else kffd.adjoint[i] -= g * p / (2 * sigma2);
            }
        }
        if (kuu.adjoint == null && kuf.adjoint == null) return;
        for (int k = 0; k < m; k++) {
            for (int col = 0; col < p; col++) {
                double sum = 0;
                for (int i = 0; i < n; i++) sum += f.a[k * n + i] * beta[i * p + col];
                aBeta[k * p + col] = sum;
            }
        }
        if (kuu.adjoint != null) pullBackKuu(g);
        if (kuf.adjoint != null) pullBackKuf(g);
    }

    /** β = Λ⁻¹(R - Aᵀ L_B⁻ᵀ c), and Λ̄ with C = L_B⁻¹A (C is left in f.scaled for the K_uf pull-back). */
    private void computeBetaAndLambdaBar() {
        System.arraycopy(f.c, 0, t, 0, m * p);
        TriangularKernels.solveLowerTransposed(f.lb, m, t, p);
        System.arraycopy(res, 0, beta, 0, n * p);
        for (int k = 0; k < m; k++) {
            for (int i = 0; i < n; i++) {
                double aki = f.a[k * n + i];
                for (int col = 0; col < p; col++) beta[i * p + col] -= aki * t[k * p + col];
            }
        }
        for (int i = 0; i < n; i++) {
            for (int col = 0; col < p; col++) beta[i * p + col] /= f.lambda[i];
        }
        double[] cm = f.scaled;
        System.arraycopy(f.a, 0, cm, 0, m * n);
        TriangularKernels.solveLower(f.lb, m, cm, n);
        java.util.Arrays.fill(lambdaBar, 0.0);
        for (int k = 0; k < m; k++) {
            for (int i = 0; i < n; i++) lambdaBar[i] += cm[k * n + i] * cm[k * n + i];
        }
        for (int i = 0; i < n; i++) {
            double li = f.lambda[i];
            double diagInverse = 1.0 / li - lambdaBar[i] / (li * li);
            double bb = 0;
            for (int col = 0; col < p; col++) bb += beta[i * p + col] * beta[i * p + col];
            lambdaBar[i] = 0.5 * (bb - p * diagInverse);
        }
    }

    private void pullBackKuu(double g) {
        SpdInverse.fromCholesky(f.lb, m, bInverse, work);
        for (int k = 0; k < m; k++) {
            for (int l = 0; l <= k; l++) {
                double v = 0.5 * p * ((k == l ? 1.0 : 0.0) - bInverse[k * m + l]);
                for (int col = 0; col < p; col++) v -= 0.5 * aBeta[k * p + col] * aBeta[l * p + col];
                for (int i = 0; i < n; i++) v -= f.a[k * n + i] * qBar[i] * f.a[l * n + i];
                s[k * m + l] = v;
                s[l * m + k] = v;
            }
        }
        // K̄_uu = L⁻ᵀ S L⁻¹, symmetric as S is (symmetrised below against rounding).
        TriangularKernels.solveLowerTransposed(f.luu, m, s, m);
        TriangularKernels.solveRightLower(f.luu, m, s, m);
        double trace = 0;
        for (int k = 0; k < m; k++) {
            for (int l = 0; l < m; l++) {
                double v = 0.5 * g * (s[k * m + l] + s[l * m + k]);
                kuu.adjoint[k * m + l] += v;
                if (k == l) trace += v;
            }
        }
        if (jitter.relative() != 0) {
            double dj = trace * jitter.relative() / m;
            for (int k = 0; k < m; k++) kuu.adjoint[k * m + k] += dj;
        }
    }

    /** K̄_uf = L_uu⁻ᵀ [(Aβ)βᵀ - P B⁻¹AΛ⁻¹ + 2A diag(q̄)], built in place of C = L_B⁻¹A. */
    private void pullBackKuf(double g) {
        double[] d = f.scaled;
        TriangularKernels.solveLowerTransposed(f.lb, m, d, n);
        for (int k = 0; k < m; k++) {
            for (int i = 0; i < n; i++) {
                double v = 2 * f.a[k * n + i] * qBar[i] - p * d[k * n + i] / f.lambda[i];
                for (int col = 0; col < p; col++) v += aBeta[k * p + col] * beta[i * p + col];
                d[k * n + i] = v;
            }
        }
        TriangularKernels.solveLowerTransposed(f.luu, m, d, n);
        for (int k = 0; k < m * n; k++) kuf.adjoint[k] += g * d[k];
    }
}
