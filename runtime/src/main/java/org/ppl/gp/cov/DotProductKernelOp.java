package org.ppl.gp.cov;

import java.util.Arrays;
import org.ppl.ad.Node;
import org.ppl.ad.Op;
import org.ppl.ad.Shape;

/**
 * {@code s * h((X - c)(Xs - c)^T)} for the Linear and Polynomial kernels, one operation. The pull-back
 * H = G ∘ s h'(u) gives X̄ = H (Xs - c), X̄s = Hᵀ (X - c), c̄ = -Σ_ij H_ij (x_i - c + x'_j - c), in
 * O(N·M·Q). With {@code xs} null, Xs is X and both pull-backs go to X.
 */
final class DotProductKernelOp extends Op {
    private final DotProductForm form;
    private final Node x, xs, scale;
    private final int[] dims;
    private final int n, m, strideX, strideXs, dq;
    private final double[] xc, xsc, base, h, colGrad, cGrad;

    DotProductKernelOp(DotProductForm form, Node x, Node xs, int[] dims, Node scale) {
        super(Shape.matrix(x.shape.rows(), (xs == null ? x : xs).shape.rows()),
                KernelInputs.of(x, xs, form.c, form.offset, form.degree, scale));
        this.form = form;
        this.x = x;
        this.xs = xs == null ? x : xs;
        this.scale = scale;
        this.dims = dims;
        this.n = x.shape.rows();
        this.m = this.xs.shape.rows();
        this.strideX = x.shape.cols();
        this.strideXs = this.xs.shape.cols();
        this.dq = dims.length;
        this.xc = new double[n * dq];
        this.xsc = new double[m * dq];
        this.base = new double[n * m];
        this.h = new double[n * m];
        this.colGrad = new double[m * dq];
        this.cGrad = new double[dq];
    }

    private void centre(Node input, int rows, int stride, double[] outCentred) {
        double[] v = input.value;
        for (int i = 0; i < rows; i++) {
            for (int q = 0; q < dq; q++) outCentred[i * dq + q] = v[i * stride + dims[q]] - form.cValues[q];
        }
    }

    @Override
    public void forward() {
        form.load();
        centre(x, n, strideX, xc);
        centre(xs, m, strideXs, xsc);
        double s = scale == null ? 1.0 : scale.value[0];
        double[] z = out.value;
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < m; j++) {
                double u = 0;
                for (int q = 0; q < dq; q++) u += xc[i * dq + q] * xsc[j * dq + q];
                double b = form.base(u);
                double hv = form.h(b);
                int t = i * m + j;
                base[t] = b;
                h[t] = hv;
                z[t] = s * hv;
            }
        }
    }

    @Override
    public void backward() {
        double[] g = out.adjoint;
        double s = scale == null ? 1.0 : scale.value[0];
        double sumGh = 0, sumH = 0, sumDegree = 0;
        boolean degreeGrad = form.degreeNeedsGradient();
        Arrays.fill(colGrad, 0.0);
        Arrays.fill(cGrad, 0.0);
        double[] gx = x.adjoint, gxs = xs.adjoint;
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < m; j++) {
                int t = i * m + j;
                double gt = g[t];
                if (gt == 0) continue;
                sumGh += gt * h[t];
                if (degreeGrad) sumDegree += gt * form.hDegree(base[t], h[t]);
                double ht = gt * s * form.hPrime(base[t]);
                sumH += ht;
                for (int q = 0; q < dq; q++) {
                    double a = ht * xsc[j * dq + q];
                    double bq = ht * xc[i * dq + q];
                    if (gx != null) gx[i * strideX + dims[q]] += a;
                    colGrad[j * dq + q] += bq;
                    cGrad[q] -= a + bq;
                }
            }
        }
        if (gxs != null) {
            for (int j = 0; j < m; j++) {
                for (int q = 0; q < dq; q++) gxs[j * strideXs + dims[q]] += colGrad[j * dq + q];
            }
        }
        PerDimension.addGradient(form.c, cGrad);
        if (form.offsetNeedsGradient()) form.offset.adjoint[0] += sumH;
        if (degreeGrad) form.degree.adjoint[0] += s * sumDegree;
        if (scale != null && scale.adjoint != null) scale.adjoint[0] += sumGh;
    }
}
