package org.ppl.gp;

import java.util.Arrays;
import org.ppl.ad.Node;
import org.ppl.ad.Op;
import org.ppl.ad.Shape;
import org.ppl.ad.ShapeException;
import org.ppl.linalg.MatrixMultiply;
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
 *   Λ̄_i  = (W_Σ)_ii = ½ (|β_i|² - P (1/Λ_i - a_iᵀB⁻¹a_i / Λ_i²))
 * </pre>
 *
 * where q̄_i = ∂log p/∂q_i through Λ (FITC: -Λ̄_i) or the trace term (VFE: P/(2σ²)), and Λ̄ reaches
 * σ (2σ ΣΛ̄) and, for FITC, diag K_ff. K_uu is read as symmetric and gets a symmetric adjoint.
 *
 * <p>With Λ = σ² I (VFE, DTC) the rest collapses to M×M algebra: AAᵀ = σ²(B - I), so
 * ΣΛ̄ = ½(|β|² - P(N - M + tr B⁻¹)/σ²), A diag(q̄) Aᵀ = q̄σ²(B - I), and
 * K̄_uf = W A + (L_uu⁻ᵀAβ)βᵀ with W = (P/σ²) L_uu⁻ᵀ(δI - B⁻¹) (δ = 1 for VFE, 0 for DTC). A
 * gradient then costs a triangular solve for A (N·M²/2 multiply-adds), the Gram matrix AAᵀ
 * (N·M²/2) and the product W A (N·M²), each blocked over column panels ({@link WideProducts}).
 */
public final class SparseMarginalLikelihoodOp extends Op {
    private static final double LOG_2PI = Math.log(2 * Math.PI);

    private final Approximation approx;
    private final Jitter jitter;
    private final Node kuu, kuf, kffd, y, noise, mean;
    private final int m, n, p;
    private final SparseFactors f;
    private final double[] res, beta, t, aBeta, bInverse, work, s, panel;
    private final WideProducts.Scratch scratch;
    /** FITC only: Λ̄, q̄, A diag(q̄) Aᵀ and a panel of B⁻¹A. */
    private final double[] lambdaBar, qBar, qBarGram, inverseTimesA;

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
        this.f = new SparseFactors(approx, m, n, p);
        this.res = new double[n * p];
        this.beta = new double[n * p];
        this.t = new double[m * p];
        this.aBeta = new double[m * p];
        this.bInverse = new double[m * m];
        this.work = new double[m * m];
        this.s = new double[m * m];
        this.scratch = new WideProducts.Scratch(m, n, p);
        this.panel = new double[m * Math.max(1, Math.min(WideProducts.PANEL, n))];
        boolean fitc = approx == Approximation.FITC;
        this.lambdaBar = fitc ? new double[n] : null;
        this.qBar = fitc ? new double[n] : null;
        this.qBarGram = fitc ? new double[m * m] : null;
        this.inverseTimesA = fitc ? new double[panel.length] : null;
    }

    private static Node[] nonNull(Node... nodes) {
        return Arrays.stream(nodes).filter(java.util.Objects::nonNull).toArray(Node[]::new);
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
        f.compute(jitter, kuu.value, kuf.value, kffd == null ? null : kffd.value, res, sigma2);
        double logDet = p * (0.5 * f.sumLogLambda() + f.sumLogDiagonalB());
        double quadratic = 0;
        for (int i = 0; i < n; i++) {
            double inverse = 1.0 / f.lambda[i];
            for (int col = 0; col < p; col++) quadratic += res[i * p + col] * res[i * p + col] * inverse;
        }
        for (double ck : f.c) quadratic -= ck * ck;
        out.value[0] = -(0.5 * n * p * LOG_2PI + logDet + 0.5 * quadratic + traceTerm(sigma2));
    }

    /** VFE's tr(K_ff - Q_ff) / (2σ²), once per column. */
    private double traceTerm(double sigma2) {
        if (approx != Approximation.VFE) return 0.0;
        double diagonal = 0;
        for (int i = 0; i < n; i++) diagonal += kffd.value[i];
        return p * (diagonal - f.traceQ) / (2 * sigma2);
    }

    @Override
    public void backward() {
        double g = out.adjoint[0];
        double sigma = noise.value[0], sigma2 = sigma * sigma;
        computeBeta();
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
        SpdInverse.fromCholesky(f.lb, m, bInverse, work);
        double lambdaBarSum = f.homoscedastic() ? homoscedasticLambdaBarSum(sigma2) : fitcSweep(g);
        if (noise.adjoint != null) noise.adjoint[0] += g * (2 * sigma * lambdaBarSum + 2 * traceTerm(sigma2) / sigma);
        if (kffd != null && kffd.adjoint != null) {
            for (int i = 0; i < n; i++) {
                if (approx == Approximation.FITC) kffd.adjoint[i] += f.clipped[i] ? 0.0 : g * lambdaBar[i];
                else kffd.adjoint[i] -= g * p / (2 * sigma2);
            }
        }
        if (kuu.adjoint != null) pullBackKuu(g);
        if (kuf.adjoint != null && f.homoscedastic()) pullBackKufHomoscedastic(g, sigma2);
    }

    /** β = Λ⁻¹(R - Aᵀ L_B⁻ᵀ c) and Aβ (M×P), in one sweep over the panels of A. */
    private void computeBeta() {
        System.arraycopy(f.c, 0, t, 0, m * p);
        TriangularKernels.solveLowerTransposed(f.lb, m, t, p);
        System.arraycopy(res, 0, beta, 0, n * p);
        Arrays.fill(aBeta, 0.0);
        for (int j0 = 0; j0 < n; j0 += WideProducts.PANEL) {
            int w = WideProducts.width(j0, n);
            WideProducts.copyOut(f.a, n, j0, w, m, panel);
            WideProducts.transposeTimesAdd(-1.0, panel, w, m, t, p, beta, j0, scratch);
            for (int i = j0; i < j0 + w; i++) {
                double inverse = 1.0 / f.lambda[i];
                for (int col = 0; col < p; col++) beta[i * p + col] *= inverse;
            }
            WideProducts.timesAdd(panel, w, m, beta, j0, p, aBeta, scratch);
        }
    }

    /** ΣΛ̄ for Λ = σ² I, where Σ_i a_iᵀB⁻¹a_i = tr(B⁻¹AAᵀ) = σ²(M - tr B⁻¹). */
    private double homoscedasticLambdaBarSum(double sigma2) {
        double bb = 0;
        for (double b : beta) bb += b * b;
        double traceInverse = 0;
        for (int k = 0; k < m; k++) traceInverse += bInverse[k * m + k];
        return 0.5 * (bb - p * (n - m + traceInverse) / sigma2);
    }

    /**
     * FITC, one sweep over the panels of A: Λ̄_i and q̄_i from a_iᵀB⁻¹a_i, A diag(q̄) Aᵀ for K̄_uu,
     * and K̄_uf = L_uu⁻ᵀ [(Aβ)βᵀ - P B⁻¹A Λ⁻¹ + 2A diag(q̄)] built in the panel of B⁻¹A. Returns ΣΛ̄.
     */
    private double fitcSweep(double g) {
        double sum = 0;
        Arrays.fill(qBarGram, 0.0);
        for (int j0 = 0; j0 < n; j0 += WideProducts.PANEL) {
            int w = WideProducts.width(j0, n);
            WideProducts.copyOut(f.a, n, j0, w, m, panel);
            MatrixMultiply.mult(bInverse, panel, inverseTimesA, m, m, w);
            WideProducts.columnDots(panel, inverseTimesA, w, m, lambdaBar, j0);
            for (int i = j0; i < j0 + w; i++) {
                double li = f.lambda[i];
                double diagInverse = 1.0 / li - lambdaBar[i] / (li * li);
                double bb = 0;
                for (int col = 0; col < p; col++) bb += beta[i * p + col] * beta[i * p + col];
                lambdaBar[i] = 0.5 * (bb - p * diagInverse);
                qBar[i] = f.clipped[i] ? 0.0 : -lambdaBar[i];
                sum += lambdaBar[i];
            }
            if (kuu.adjoint != null) WideProducts.gramAdd(panel, w, m, qBar, j0, qBarGram, scratch);
            if (kuf.adjoint != null) pullBackKufFitcPanel(g, j0, w, inverseTimesA);
        }
        return sum;
    }

    /** The panel's K̄_uf, built in place of the panel's B⁻¹A ({@code d}, M × w); A's panel is in {@code panel}. */
    private void pullBackKufFitcPanel(double g, int j0, int w, double[] d) {
        for (int k = 0; k < m; k++) {
            for (int j = 0; j < w; j++) {
                int i = j0 + j;
                double v = 2 * panel[k * w + j] * qBar[i] - p * d[k * w + j] / f.lambda[i];
                for (int col = 0; col < p; col++) v += aBeta[k * p + col] * beta[i * p + col];
                d[k * w + j] = v;
            }
        }
        TriangularKernels.solveLowerTransposed(f.luu, m, d, w);
        WideProducts.addIn(g, d, w, m, kuf.adjoint, n, j0);
    }

    /** K̄_uu = L_uu⁻ᵀ S L_uu⁻¹ with S = ½P(I - B⁻¹) - ½(Aβ)(Aβ)ᵀ - A diag(q̄) Aᵀ. */
    private void pullBackKuu(double g) {
        for (int k = 0; k < m; k++) {
            for (int l = 0; l <= k; l++) {
                double v = 0.5 * p * ((k == l ? 1.0 : 0.0) - bInverse[k * m + l]);
                for (int col = 0; col < p; col++) v -= 0.5 * aBeta[k * p + col] * aBeta[l * p + col];
                // VFE: A q̄ Aᵀ = (P/2σ²) AAᵀ = (P/2)(B - I) = (P/2) phi.
                if (approx == Approximation.VFE) v -= 0.5 * p * f.phi[k * m + l];
                else if (approx == Approximation.FITC) v -= qBarGram[k * m + l];
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

    /**
     * K̄_uf = W A + uβᵀ with W = (P/σ²) L_uu⁻ᵀ(δI - B⁻¹) and u = L_uu⁻ᵀAβ, panel by panel so that
     * each panel of the adjoint is written once. Runs after K̄_uu's pull-back, which reads Aβ.
     */
    private void pullBackKufHomoscedastic(double g, double sigma2) {
        double delta = approx == Approximation.VFE ? 1.0 : 0.0;
        for (int k = 0; k < m * m; k++) s[k] = -bInverse[k] * p / sigma2;
        for (int k = 0; k < m; k++) s[k * m + k] += delta * p / sigma2;
        TriangularKernels.solveLowerTransposed(f.luu, m, s, m);
        TriangularKernels.solveLowerTransposed(f.luu, m, aBeta, p);
        for (int j0 = 0; j0 < n; j0 += WideProducts.PANEL) {
            int w = WideProducts.width(j0, n);
            WideProducts.copyOut(f.a, n, j0, w, m, panel);
            WideProducts.productAndOuterAdd(g, s, panel, aBeta, beta, p, m, kuf.adjoint, n, j0, w, scratch);
        }
    }
}
