package org.ppl.gp.cov;

import java.util.Arrays;
import org.ppl.ad.Node;
import org.ppl.ad.Op;
import org.ppl.ad.Shape;

/** The diagonal of a dot-product kernel: {@code s * h(|x_i - c|²)}, a vector of length N. */
final class DotProductDiagOp extends Op {
    private final DotProductForm form;
    private final Node x, scale;
    private final int[] dims;
    private final int n, stride, dq;
    private final double[] xc, base, h, cGrad;

    DotProductDiagOp(DotProductForm form, Node x, int[] dims, Node scale) {
        super(Shape.vector(x.shape.rows()), KernelInputs.of(x, form.c, form.offset, form.degree, scale));
        this.form = form;
        this.x = x;
        this.scale = scale;
        this.dims = dims;
        this.n = x.shape.rows();
        this.stride = x.shape.cols();
        this.dq = dims.length;
        this.xc = new double[n * dq];
        this.base = new double[n];
        this.h = new double[n];
        this.cGrad = new double[dq];
    }

    @Override
    public void forward() {
        form.load();
        double s = scale == null ? 1.0 : scale.value[0];
        double[] v = x.value;
        for (int i = 0; i < n; i++) {
            double u = 0;
            for (int q = 0; q < dq; q++) {
                double d = v[i * stride + dims[q]] - form.cValues[q];
                xc[i * dq + q] = d;
                u += d * d;
            }
            base[i] = form.base(u);
            h[i] = form.h(base[i]);
            out.value[i] = s * h[i];
        }
    }

    @Override
    public void backward() {
        double[] g = out.adjoint, gx = x.adjoint;
        double s = scale == null ? 1.0 : scale.value[0];
        double sumGh = 0, sumH = 0, sumDegree = 0;
        boolean degreeGrad = form.degreeNeedsGradient();
        Arrays.fill(cGrad, 0.0);
        for (int i = 0; i < n; i++) {
            if (g[i] == 0) continue;
            sumGh += g[i] * h[i];
            if (degreeGrad) sumDegree += g[i] * form.hDegree(base[i], h[i]);
            double hi = g[i] * s * form.hPrime(base[i]);
            sumH += hi;
            for (int q = 0; q < dq; q++) {
                double w = 2 * hi * xc[i * dq + q];
                if (gx != null) gx[i * stride + dims[q]] += w;
                cGrad[q] -= w;
            }
        }
        PerDimension.addGradient(form.c, cGrad);
        if (form.offsetNeedsGradient()) form.offset.adjoint[0] += sumH;
        if (degreeGrad) form.degree.adjoint[0] += s * sumDegree;
        if (scale != null && scale.adjoint != null) scale.adjoint[0] += sumGh;
    }
}
