package org.ppl.dist;

import org.ppl.ad.Broadcast;
import org.ppl.ad.Node;
import org.ppl.ad.NumericFailure;
import org.ppl.ad.Op;
import org.ppl.ad.Shape;
import org.ppl.linalg.CholeskyKernel;
import org.ppl.linalg.MatrixMultiply;
import org.ppl.linalg.SpdInverse;
import org.ppl.linalg.SymmetricProducts;
import org.ppl.linalg.TriangularKernels;

/**
 * The summed log density of N rows under MvNormal with a shared covariance S = L L^T:
 * -1/2 sum_i |L^-1 r_i|^2 - N/2 log|S| - N D/2 log(2 pi), r_i = x_i - mu_i. The covariance is
 * factored once per evaluation (once ever when it is a constant). The residuals are held as a
 * D-by-N matrix so one triangular solve serves every row.
 *
 * <p>Adjoints, with A = L^-1 R and B = L^-T A = S^-1 R: x gets -B, mu gets B (summed where it
 * broadcasts); cov gets (B B^T - N S^-1) / 2, the symmetric matrix form (the value read is (C +
 * C^T) / 2, so this is exact entry by entry); chol gets the lower triangle of B A^T - N
 * diag(1 / L_ii).
 */
final class MvNormalLogDensity extends Op {
    private final Node x;
    private final Node mu;
    private final Node scale;
    private final boolean cholesky;
    private final int d;
    private final int n;
    private final int[] muMap;
    private final double[] factor;
    private final double[] a;
    private final double[] b;
    /** Scratch for the scale's adjoint: S^-1 (cov only), a D-by-D product, and N*D of work. */
    private final double[] inverse;
    private final double[] product;
    private final double[] work;
    private double logDet;
    private boolean factorKept;
    private boolean finite;

    MvNormalLogDensity(MvNormal dist, Node x, Node mu, Node scale, boolean cholesky) {
        super(Shape.SCALAR, x, mu, scale);
        this.x = x;
        this.mu = mu;
        this.scale = scale;
        this.cholesky = cholesky;
        this.d = scale.shape.dim(0);
        this.n = d == 0 ? 0 : x.size() / d;
        this.muMap = Broadcast.indexMap(mu.shape, x.shape);
        this.factor = new double[d * d];
        this.a = new double[d * n];
        this.b = new double[d * n];
        boolean scaleGradient = scale.isDifferentiable();
        this.inverse = scaleGradient && !cholesky ? new double[d * d] : null;
        this.product = scaleGradient ? new double[d * d] : null;
        this.work = scaleGradient ? new double[Math.max(d * n, d * d)] : null;
    }

    @Override
    public void forward() {
        finite = false;
        if (!factorKept) {
            if (!factor()) {
                out.value[0] = Double.NEGATIVE_INFINITY;
                return;
            }
            factorKept = scale.constant;
        }
        double[] xv = x.value, m = mu.value;
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < d; j++) {
                int e = i * d + j;
                a[j * n + i] = xv[e] - m[muMap[e]];
            }
        }
        TriangularKernels.solveLower(factor, d, a, n);
        double quad = 0;
        for (double v : a) quad += v * v;
        double lp = -0.5 * quad - 0.5 * n * logDet - n * d * DistMath.HALF_LOG_TWO_PI;
        finite = lp > Double.NEGATIVE_INFINITY && lp < Double.POSITIVE_INFINITY;
        out.value[0] = lp == lp ? lp : Double.NEGATIVE_INFINITY;
    }

    /** Fills the lower factor and log|S|; false for a Cholesky factor with a diagonal not positive. */
    private boolean factor() {
        double[] s = scale.value;
        for (int r = 0; r < d; r++) {
            for (int c = 0; c <= r; c++) {
                factor[r * d + c] = cholesky ? s[r * d + c] : 0.5 * (s[r * d + c] + s[c * d + r]);
            }
            for (int c = r + 1; c < d; c++) factor[r * d + c] = 0.0;
        }
        if (!cholesky && !CholeskyKernel.factor(factor, d)) {
            throw new NumericFailure("MvNormal: cov is not positive definite");
        }
        double sum = 0;
        for (int r = 0; r < d; r++) {
            double v = factor[r * d + r];
            if (!(v > 0 && v < Double.POSITIVE_INFINITY)) return false;
            sum += Math.log(v);
        }
        logDet = 2.0 * sum;
        return true;
    }

    @Override
    public void backward() {
        if (!finite) return;
        double g = out.adjoint[0];
        System.arraycopy(a, 0, b, 0, a.length);
        TriangularKernels.solveLowerTransposed(factor, d, b, n);
        if (x.adjoint != null) {
            double[] gx = x.adjoint;
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < d; j++) gx[i * d + j] -= g * b[j * n + i];
            }
        }
        if (mu.adjoint != null) {
            double[] gm = mu.adjoint;
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < d; j++) gm[muMap[i * d + j]] += g * b[j * n + i];
            }
        }
        if (scale.adjoint != null) {
            if (cholesky) choleskyAdjoint(g);
            else covarianceAdjoint(g);
        }
    }

    private void covarianceAdjoint(double g) {
        SpdInverse.fromCholesky(factor, d, inverse, work);
        SymmetricProducts.selfTimesTranspose(b, d, n, product, work);
        double[] gs = scale.adjoint;
        for (int e = 0; e < d * d; e++) gs[e] += 0.5 * g * (product[e] - n * inverse[e]);
    }

    private void choleskyAdjoint(double g) {
        MatrixMultiply.multTransB(b, a, product, d, n, d, work);
        double[] gs = scale.adjoint;
        for (int r = 0; r < d; r++) {
            for (int c = 0; c < r; c++) gs[r * d + c] += g * product[r * d + c];
            gs[r * d + r] += g * (product[r * d + r] - n / factor[r * d + r]);
        }
    }

    @Override
    public String name() {
        return "MvNormalLogDensity";
    }
}
