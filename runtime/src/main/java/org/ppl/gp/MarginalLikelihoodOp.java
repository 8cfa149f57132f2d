package org.ppl.gp;

import org.ppl.ad.Node;
import org.ppl.ad.NumericFailure;
import org.ppl.ad.Op;
import org.ppl.ad.Shape;
import org.ppl.ad.ShapeException;
import org.ppl.linalg.CholeskyRows;
import org.ppl.linalg.SymmetricProducts;
import org.ppl.linalg.Transpose;

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
    private final CholeskyRows factor;
    /** Column c of the residual, then L⁻¹ of it (forward): P rows of length N. */
    private final double[][] columns;
    /** Column c of α = A⁻¹ R (backward). */
    private final double[][] alphas;
    /** The lower triangle of A⁻¹, then of the adjoint W (rows), when K or σ needs a gradient. */
    private final double[][] inverse;

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
        this.factor = new CholeskyRows(n);
        this.columns = new double[p][n];
        this.alphas = new double[p][n];
        boolean needsInverse = k.isDifferentiable() || noise.isDifferentiable();
        this.inverse = needsInverse ? new double[n][n] : null;
    }

    @Override
    public void forward() {
        double[] kv = k.value;
        double sigma = noise.value[0];
        if (!factor.factorShifted(kv, sigma * sigma + jitter.amount(kv, n))) {
            throw new NumericFailure("marginal_likelihood: K + noise is not positive definite");
        }
        loadResidual();
        factor.solveLower(columns, p);
        double quadratic = 0;
        for (double[] column : columns) {
            for (int i = 0; i < n; i++) quadratic += column[i] * column[i];
        }
        out.value[0] = -0.5 * p * factor.logDeterminant() - 0.5 * quadratic - 0.5 * n * p * LOG_2PI;
    }

    /** columns[c][i] := y_ic - m_i. */
    private void loadResidual() {
        double[] yv = y.value;
        for (int i = 0; i < n; i++) {
            double mi = mean == null ? 0.0 : mean.value[i];
            for (int c = 0; c < p; c++) columns[c][i] = yv[i * p + c] - mi;
        }
    }

    @Override
    public void backward() {
        double g = out.adjoint[0];
        // α = L⁻ᵀ (L⁻¹ R), by the way of A⁻¹ when that is needed anyway.
        if (inverse != null) {
            factor.inverse(inverse, columns, alphas, p);
        } else {
            factor.solveLowerTransposed(columns, alphas, p);
        }
        if (y.adjoint != null) {
            for (int i = 0; i < n; i++) {
                for (int c = 0; c < p; c++) y.adjoint[i * p + c] -= g * alphas[c][i];
            }
        }
        if (mean != null && mean.adjoint != null) {
            for (double[] alpha : alphas) {
                for (int i = 0; i < n; i++) mean.adjoint[i] += g * alpha[i];
            }
        }
        if (inverse != null) pullBackCovariance(g);
    }

    /** W = ½ g (α αᵀ - P A⁻¹) into K's adjoint (both triangles), and 2σ tr(W) into σ's. */
    private void pullBackCovariance(double g) {
        double half = 0.5 * g;
        for (int i = 0; i < n; i++) {
            double[] row = inverse[i];
            for (int j = 0; j <= i; j++) row[j] *= -p * half;
        }
        // α αᵀ = Σ_c α_c α_cᵀ over the P columns: a Gram matrix of the rows α_c.
        SymmetricProducts.addTransposeTimesSelfLower(half, alphas, p, n, inverse);
        double trace = 0;
        for (int i = 0; i < n; i++) trace += inverse[i][i];
        double[] gk = k.adjoint;
        if (gk != null) {
            Transpose.addSymmetricLowerRows(inverse, n, gk);
            if (jitter.relative() != 0) {
                // The jitter is relative * mean(diag K): each K_ii also moves it by relative / N.
                double dj = trace * jitter.relative() / n;
                for (int i = 0; i < n; i++) gk[i * n + i] += dj;
            }
        }
        if (noise.adjoint != null) noise.adjoint[0] += 2 * noise.value[0] * trace;
    }
}
