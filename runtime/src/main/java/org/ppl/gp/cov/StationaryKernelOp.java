package org.ppl.gp.cov;

import org.ppl.ad.Node;
import org.ppl.ad.Op;
import org.ppl.ad.Shape;
import org.ppl.linalg.Transpose;

/**
 * {@code s * k(r²(X, Xs))} for a stationary kernel: one operation for the whole N×M matrix. With
 * {@code period} null the per-dimension distance is φ(d) = d²; with a period T it is
 * φ(d) = sin²(π d / T) (PyMC's Periodic). The backward pass gives X, Xs, the lengthscales, the
 * period, the profile's parameters and the scale in O(N·M·Q). With {@code xs} null the matrix is
 * K(X, X): only the lower triangle is computed (and mirrored), and the pair (i, j) is pulled back
 * once with G_ij + G_ji.
 */
final class StationaryKernelOp extends Op {
    private final RadialProfile profile;
    private final Node x, xs, ls, period, scale;
    private final Node[] profileParams;
    private final int[] dims;
    private final int n, m, strideX, strideXs;
    private final boolean symmetric;
    private final double[] r2, k;
    private final double[] invLs, invPeriod, lsGrad, periodGrad, params, paramGrad;
    /** G + Gᵀ on the lower triangle, for K(X, X) only. */
    private final double[] folded;

    StationaryKernelOp(RadialProfile profile, Node x, Node xs, int[] dims, Node ls, Node period, Node[] profileParams,
            Node scale) {
        super(Shape.matrix(x.shape.rows(), (xs == null ? x : xs).shape.rows()),
                KernelInputs.of(x, xs, ls, period, scale, profileParams));
        this.profile = profile;
        this.x = x;
        this.xs = xs == null ? x : xs;
        this.symmetric = xs == null;
        this.ls = ls;
        this.period = period;
        this.scale = scale;
        this.profileParams = profileParams;
        this.dims = dims;
        this.n = x.shape.rows();
        this.m = this.xs.shape.rows();
        this.strideX = x.shape.cols();
        this.strideXs = this.xs.shape.cols();
        this.r2 = new double[n * m];
        this.k = new double[n * m];
        this.invLs = new double[dims.length];
        this.invPeriod = new double[dims.length];
        this.lsGrad = new double[dims.length];
        this.periodGrad = new double[dims.length];
        this.params = new double[profileParams.length];
        this.paramGrad = new double[profileParams.length];
        this.folded = symmetric && out.isDifferentiable() ? new double[n * n] : null;
    }

    private void loadHyperparameters() {
        PerDimension.load(ls, invLs);
        for (int q = 0; q < dims.length; q++) invLs[q] = 1.0 / invLs[q];
        if (period != null) {
            PerDimension.load(period, invPeriod);
            for (int q = 0; q < dims.length; q++) invPeriod[q] = 1.0 / invPeriod[q];
        }
        for (int p = 0; p < params.length; p++) params[p] = profileParams[p].value[0];
    }

    private double scaledDistance(double[] a, int ia, double[] b, int ib) {
        double s = 0;
        for (int q = 0; q < dims.length; q++) {
            double d = a[ia + dims[q]] - b[ib + dims[q]];
            double phi;
            if (period == null) {
                phi = d * d;
            } else {
                double sn = Math.sin(Math.PI * d * invPeriod[q]);
                phi = sn * sn;
            }
            double il = invLs[q];
            s += phi * il * il;
        }
        return s;
    }

    @Override
    public void forward() {
        loadHyperparameters();
        double s = scale == null ? 1.0 : scale.value[0];
        double[] xv = x.value, xsv = xs.value, z = out.value;
        for (int i = 0; i < n; i++) {
            int row = i * m;
            int jEnd = symmetric ? i : m;
            for (int j = 0; j < jEnd; j++) {
                double d2 = scaledDistance(xv, i * strideX, xsv, j * strideXs);
                double kv = profile.value(d2, params);
                r2[row + j] = d2;
                k[row + j] = kv;
                z[row + j] = s * kv;
            }
            if (symmetric) {
                double k0 = profile.value(0.0, params);
                r2[row + i] = 0.0;
                k[row + i] = k0;
                z[row + i] = s * k0;
            }
        }
        // K(X, X): r² and k are kept on the lower triangle only; the output is mirrored.
        if (symmetric) Transpose.mirrorLower(z, n);
    }

    @Override
    public void backward() {
        double[] g = out.adjoint;
        if (symmetric) {
            SymmetricBlocks.foldToLower(g, n, folded);
            g = folded;
        }
        double s = scale == null ? 1.0 : scale.value[0];
        boolean scaleNeeded = scale != null && scale.adjoint != null;
        boolean paramsNeeded = anyDifferentiable(profileParams);
        boolean distanceNeeded = x.adjoint != null || xs.adjoint != null || ls.adjoint != null
                || period != null && period.adjoint != null;
        java.util.Arrays.fill(lsGrad, 0.0);
        java.util.Arrays.fill(periodGrad, 0.0);
        java.util.Arrays.fill(paramGrad, 0.0);
        double scaleGrad = 0;
        for (int i = 0; i < n; i++) {
            int row = i * m;
            int jEnd = symmetric ? i + 1 : m;
            for (int j = 0; j < jEnd; j++) {
                int t = row + j;
                double gt = g[t];
                if (gt == 0) continue;
                if (scaleNeeded) scaleGrad += gt * k[t];
                if (paramsNeeded) {
                    for (int p = 0; p < params.length; p++) {
                        paramGrad[p] += gt * profile.parameterDerivative(p, r2[t], k[t], params);
                    }
                }
                if (distanceNeeded && !(symmetric && j == i)) {
                    pullBackPair(i, j, s * gt * profile.slope(r2[t], k[t], params));
                }
            }
        }
        if (scaleNeeded) scale.adjoint[0] += scaleGrad;
        for (int p = 0; p < params.length; p++) {
            if (profileParams[p].adjoint != null) profileParams[p].adjoint[0] += s * paramGrad[p];
        }
        if (distanceNeeded) {
            PerDimension.addGradient(ls, lsGrad);
            if (period != null) PerDimension.addGradient(period, periodGrad);
        }
    }

    /** Adds b · d(r²_ij)/d(inputs) for the pair (row i of X, row j of Xs), where b = G_ij s dk/dr². */
    private void pullBackPair(int i, int j, double b) {
        double[] xv = x.value, xsv = xs.value, gx = x.adjoint, gxs = xs.adjoint;
        int ia = i * strideX, ib = j * strideXs;
        for (int q = 0; q < dims.length; q++) {
            int c = dims[q];
            double d = xv[ia + c] - xsv[ib + c];
            double il = invLs[q], il2 = il * il;
            double phi, dPhi;
            if (period == null) {
                phi = d * d;
                dPhi = 2 * d;
            } else {
                double u = Math.PI * d * invPeriod[q];
                double sn = Math.sin(u);
                double sin2u = Math.sin(2 * u);
                phi = sn * sn;
                dPhi = sin2u * Math.PI * invPeriod[q];
                periodGrad[q] -= b * il2 * sin2u * u * invPeriod[q];
            }
            double w = b * dPhi * il2;
            if (gx != null) gx[ia + c] += w;
            if (gxs != null) gxs[ib + c] -= w;
            lsGrad[q] -= 2 * b * phi * il2 * il;
        }
    }
}
