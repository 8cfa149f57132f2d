package org.ppl.gp;

import org.ppl.ad.Node;
import org.ppl.ad.NumericFailure;
import org.ppl.ad.Op;
import org.ppl.ad.Shape;
import org.ppl.ad.ShapeException;
import org.ppl.linalg.CholeskyKernel;
import org.ppl.linalg.SpdInverse;
import org.ppl.linalg.SymmetricProducts;
import org.ppl.linalg.TriangularKernels;

/**
 * The exact GP marginal likelihood of P independent columns sharing one covariance, as one
 * operation:
 *
 * <pre>
 *   A = K + (σ² + jitter) I,  R = Y - m,  α = A⁻¹ R
 *   log p = -P/2 log|A| - ½ tr(Rᵀ α) - NP/2 log 2π
 * </pre>
 *
 * (Rasmussen &amp; Williams 2006, eq. 2.30, summed over columns). One Cholesky factor serves all
 * columns. The adjoint with respect to A is W = ½(α αᵀ - P A⁻¹) (ibid. eq. 5.9), written into K's
 * adjoint as a dense symmetric N×N matrix; σ gets 2σ tr(W), R gets -α. K is read as symmetric and
 * its adjoint is symmetric. A covariance that is not positive definite throws {@link NumericFailure}.
 */
public final class MarginalLikelihoodOp extends Op {
    private static final double LOG_2PI = Math.log(2 * Math.PI);

    private final Node k, y, noise, mean;
    private final Jitter jitter;
    private final int n, p;
    private final double[] factor, alpha, inverse, work, alphaT;

    /** {@code mean} may be null (zero mean); {@code y} is (N,) or (N, P); {@code mean} is (N,). */
    public MarginalLikelihoodOp(Node k, Node y, Node noise, Node mean, Jitter jitter) {
        super(Shape.SCALAR, mean == null ? new Node[] {k, y, noise} : new Node[] {k, y, noise, mean});
        int rows = k.shape.rows();
        if (!k.shape.isMatrix() || k.shape.cols() != rows) {
            throw new ShapeException("marginal_likelihood: K has shape " + k.shape + "; expected a square matrix");
        }
        if (y.shape.rank() < 1 || y.shape.rank() > 2 || y.shape.rows() != rows) {
            throw new ShapeException("marginal_likelihood: y has shape " + y.shape + "; expected (" + rows + ",) or ("
                    + rows + ", P) to match K " + k.shape);
        }
        if (noise.size() != 1) {
            throw new ShapeException("marginal_likelihood: noise has shape " + noise.shape + "; expected a scalar");
        }
        if (mean != null && !(mean.shape.isVector() && mean.size() == rows)) {
            throw new ShapeException("marginal_likelihood: the mean has shape " + mean.shape + "; expected (" + rows + ",)");
        }
        this.k = k;
        this.y = y;
        this.noise = noise;
        this.mean = mean;
        this.jitter = jitter;
        this.n = rows;
        this.p = y.shape.cols();
        this.factor = new double[n * n];
        this.alpha = new double[n * p];
        boolean needsInverse = k.isDifferentiable() || noise.isDifferentiable();
        this.inverse = needsInverse ? new double[n * n] : null;
        this.work = needsInverse ? new double[n * n] : null;
        this.alphaT = needsInverse ? new double[n * p] : null;
    }

    @Override
    public void forward() {
        double[] kv = k.value;
        double sigma = noise.value[0];
        double add = sigma * sigma + jitter.amount(kv, n);
        System.arraycopy(kv, 0, factor, 0, n * n);
        for (int i = 0; i < n; i++) factor[i * n + i] += add;
        if (!CholeskyKernel.factor(factor, n)) {
            throw new NumericFailure("marginal_likelihood: K + noise is not positive definite");
        }
        residual(alpha);
        TriangularKernels.solveLower(factor, n, alpha, p);
        double quadratic = 0;
        for (double z : alpha) quadratic += z * z;
        TriangularKernels.solveLowerTransposed(factor, n, alpha, p);
        double logDet = 0;
        for (int i = 0; i < n; i++) logDet += Math.log(factor[i * n + i]);
        out.value[0] = -p * logDet - 0.5 * quadratic - 0.5 * n * p * LOG_2PI;
    }

    private void residual(double[] r) {
        double[] yv = y.value;
        for (int i = 0; i < n; i++) {
            double mi = mean == null ? 0.0 : mean.value[i];
            for (int c = 0; c < p; c++) r[i * p + c] = yv[i * p + c] - mi;
        }
    }

    @Override
    public void backward() {
        double g = out.adjoint[0];
        if (y.adjoint != null) {
            for (int t = 0; t < alpha.length; t++) y.adjoint[t] -= g * alpha[t];
        }
        if (mean != null && mean.adjoint != null) {
            for (int i = 0; i < n; i++) {
                double s = 0;
                for (int c = 0; c < p; c++) s += alpha[i * p + c];
                mean.adjoint[i] += g * s;
            }
        }
        if (inverse == null) return;
        // W = ½ g (α αᵀ - P A⁻¹): both products are full symmetric, so one contiguous pass adds W.
        SpdInverse.fromCholesky(factor, n, inverse, work);
        SymmetricProducts.selfTimesTranspose(alpha, n, p, work, alphaT);
        double half = 0.5 * g;
        double trace = 0;
        for (int i = 0; i < n; i++) trace += half * (work[i * n + i] - p * inverse[i * n + i]);
        double[] gk = k.adjoint;
        if (gk != null) {
            for (int t = 0; t < n * n; t++) gk[t] += half * (work[t] - p * inverse[t]);
            if (jitter.relative() != 0) {
                // The jitter is relative * mean(diag K): each K_ii also moves it by relative / N.
                double dj = trace * jitter.relative() / n;
                for (int i = 0; i < n; i++) gk[i * n + i] += dj;
            }
        }
        if (noise.adjoint != null) noise.adjoint[0] += 2 * noise.value[0] * trace;
    }
}
