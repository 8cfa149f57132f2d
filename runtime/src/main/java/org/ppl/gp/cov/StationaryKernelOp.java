package org.ppl.gp.cov;

import java.util.Arrays;
import org.ppl.ad.Node;
import org.ppl.ad.Op;
import org.ppl.ad.Shape;
import org.ppl.linalg.Transpose;

/**
 * {@code s * k(r²(X, Xs))} for a stationary kernel: one operation for the whole N×M matrix, with
 * r² = Σ_q φ(x_q - x'_q) / ℓ_q² over the active dimensions. With {@code period} null, φ(d) = d²;
 * with a period T, φ(d) = sin²(π d / T) (PyMC's Periodic). The backward pass gives X, Xs, the
 * lengthscales, the period, the profile's parameters and the scale in O(N·M·Q). With {@code xs}
 * null the matrix is K(X, X): only the lower triangle is computed (and mirrored), and the pair
 * (i, j) is pulled back once with G_ij + G_ji.
 *
 * <p>The active columns are first copied into compact N×Q arrays (divided by ℓ in the Euclidean
 * case, so the pair loop is a plain squared distance), and gradients are gathered in compact arrays
 * and scattered once.
 */
final class StationaryKernelOp extends Op {
    private final RadialProfile profile;
    private final Node x, xs, ls, period, scale;
    private final Node[] profileParams;
    private final int[] dims;
    private final int n, m, q;
    private final boolean symmetric;
    private final double[] r2, k;
    /** Active columns of X and Xs, divided by ℓ unless periodic (the same array for K(X, X)). */
    private final double[] xc, xsc;
    /** Gradients with respect to xc and xsc (the same array for K(X, X)). */
    private final double[] gxc, gxsc;
    private final double[] invLs, invPeriod, lsGrad, periodGrad, params, paramGrad;
    /** G + Gᵀ on the lower triangle, for K(X, X) only. */
    private final double[] folded;
    /**
     * Euclidean kernels: Xs's compact columns, one array per dimension, their gradients, and a row
     * buffer. Separate arrays starting at offset 0 let C2 vectorise the pair loops (slices of one
     * flat array do not share an alignment).
     */
    private final double[][] xsColumns, gxsColumns;
    private final double[] rowBuffer, weightBuffer;

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
        this.q = dims.length;
        this.r2 = new double[n * m];
        this.k = new double[n * m];
        this.xc = new double[n * q];
        this.xsc = symmetric ? xc : new double[m * q];
        this.gxc = new double[n * q];
        this.gxsc = symmetric ? gxc : new double[m * q];
        this.invLs = new double[q];
        this.invPeriod = new double[q];
        this.lsGrad = new double[q];
        this.periodGrad = new double[q];
        this.params = new double[profileParams.length];
        this.paramGrad = new double[profileParams.length];
        this.folded = symmetric && out.isDifferentiable() ? new double[n * n] : null;
        boolean euclidean = period == null;
        this.xsColumns = euclidean ? new double[q][m] : null;
        this.gxsColumns = euclidean ? new double[q][m] : null;
        this.rowBuffer = euclidean ? new double[m] : null;
        this.weightBuffer = euclidean ? new double[m] : null;
    }

    private void loadHyperparameters() {
        PerDimension.load(ls, invLs);
        for (int d = 0; d < q; d++) invLs[d] = 1.0 / invLs[d];
        if (period != null) {
            PerDimension.load(period, invPeriod);
            for (int d = 0; d < q; d++) invPeriod[d] = 1.0 / invPeriod[d];
        }
        for (int p = 0; p < params.length; p++) params[p] = profileParams[p].value[0];
    }

    private void compact(Node input, int rows, double[] target) {
        double[] v = input.value;
        int stride = input.shape.cols();
        for (int i = 0; i < rows; i++) {
            for (int d = 0; d < q; d++) {
                double value = v[i * stride + dims[d]];
                target[i * q + d] = period == null ? value * invLs[d] : value;
            }
        }
    }

    private double distance(int i, int j) {
        double s = 0;
        int a = i * q, b = j * q;
        if (period == null) {
            for (int d = 0; d < q; d++) {
                double diff = xc[a + d] - xsc[b + d];
                s += diff * diff;
            }
        } else {
            for (int d = 0; d < q; d++) {
                double sn = Math.sin(Math.PI * (xc[a + d] - xsc[b + d]) * invPeriod[d]) * invLs[d];
                s += sn * sn;
            }
        }
        return s;
    }

    @Override
    public void forward() {
        loadHyperparameters();
        compact(x, n, xc);
        if (!symmetric) compact(xs, m, xsc);
        double s = scale == null ? 1.0 : scale.value[0];
        double k0 = profile.value(0.0, params);
        double[] z = out.value;
        if (period == null) {
            forwardEuclidean(s, k0, z);
            return;
        }
        for (int i = 0; i < n; i++) {
            int row = i * m;
            int jEnd = symmetric ? i : m;
            for (int j = 0; j < jEnd; j++) {
                double d2 = distance(i, j);
                double kv = profile.value(d2, params);
                r2[row + j] = d2;
                k[row + j] = kv;
                z[row + j] = s * kv;
            }
            if (symmetric) {
                r2[row + i] = 0.0;
                k[row + i] = k0;
                z[row + i] = s * k0;
            }
        }
        // K(X, X): r² and k are kept on the lower triangle only; the output is mirrored.
        if (symmetric) Transpose.mirrorLower(z, n);
    }

    /** The forward pass of a Euclidean kernel, row by row over Xs's columns. */
    private void forwardEuclidean(double s, double k0, double[] z) {
        for (int d = 0; d < q; d++) {
            double[] col = xsColumns[d];
            for (int j = 0; j < m; j++) col[j] = xsc[j * q + d];
        }
        double[] r = rowBuffer;
        for (int i = 0; i < n; i++) {
            int row = i * m;
            int jEnd = symmetric ? i : m;
            java.util.Arrays.fill(r, 0, jEnd, 0.0);
            for (int d = 0; d < q; d++) {
                double xi = xc[i * q + d];
                double[] col = xsColumns[d];
                for (int j = 0; j < jEnd; j++) {
                    double diff = xi - col[j];
                    r[j] += diff * diff;
                }
            }
            for (int j = 0; j < jEnd; j++) {
                double kv = profile.value(r[j], params);
                r2[row + j] = r[j];
                k[row + j] = kv;
                z[row + j] = s * kv;
            }
            if (symmetric) {
                r2[row + i] = 0.0;
                k[row + i] = k0;
                z[row + i] = s * k0;
            }
        }
        if (symmetric) Transpose.mirrorLower(z, n);
    }

    /**
     * The distance part of the backward pass of a Euclidean kernel: with b_ij = s G_ij dk/dr² and
     * diff = (x_i - x'_j)/ℓ, x_i gains Σ_j 2 b_ij diff, x'_j loses it, and ℓ loses Σ 2 b_ij diff²/ℓ.
     */
    private void pullBackEuclidean(double[] g, double s) {
        for (int d = 0; d < q; d++) java.util.Arrays.fill(gxsColumns[d], 0.0);
        double[] b = rowBuffer;
        for (int i = 0; i < n; i++) {
            int row = i * m;
            int jEnd = symmetric ? i : m;
            for (int j = 0; j < jEnd; j++) {
                int t = row + j;
                b[j] = 2 * s * g[t] * profile.slope(r2[t], k[t], params);
            }
            for (int d = 0; d < q; d++) {
                double xi = xc[i * q + d];
                double[] col = xsColumns[d];
                double[] gcol = gxsColumns[d];
                // Stores and sums in separate loops: C2 of JDK 17 fails when one loop mixes a
                // vectorised store with two reductions (an internal error in TypeVect::xmeet).
                double[] w = weightBuffer;
                for (int j = 0; j < jEnd; j++) {
                    w[j] = b[j] * (xi - col[j]);
                    gcol[j] -= w[j];
                }
                double sum = 0;
                double sumSquares = 0;
                for (int j = 0; j < jEnd; j++) {
                    sum += w[j];
                    sumSquares += w[j] * (xi - col[j]);
                }
                gxc[i * q + d] += sum;
                lsGrad[d] -= sumSquares * invLs[d];
            }
        }
        // For K(X, X) the columns' gradient belongs to X too (gxsc is gxc).
        for (int d = 0; d < q; d++) {
            double[] gcol = gxsColumns[d];
            for (int j = 0; j < m; j++) gxsc[j * q + d] += gcol[j];
        }
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
        Arrays.fill(gxc, 0.0);
        if (!symmetric) Arrays.fill(gxsc, 0.0);
        Arrays.fill(lsGrad, 0.0);
        Arrays.fill(periodGrad, 0.0);
        Arrays.fill(paramGrad, 0.0);
        // The scale alone needs no per-pair branches: its gradient is one contraction.
        boolean pairLoop = paramsNeeded || distanceNeeded && period != null;
        double scaleGrad = scaleNeeded && !pairLoop ? contractWithKernel(g) : 0;
        for (int i = 0; pairLoop && i < n; i++) {
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
                if (distanceNeeded && period != null && !(symmetric && j == i)) {
                    pullBackPair(i, j, s * gt * profile.slope(r2[t], k[t], params));
                }
            }
        }
        if (distanceNeeded && period == null) pullBackEuclidean(g, s);
        if (scaleNeeded) scale.adjoint[0] += scaleGrad;
        for (int p = 0; p < params.length; p++) {
            if (profileParams[p].adjoint != null) profileParams[p].adjoint[0] += s * paramGrad[p];
        }
        if (distanceNeeded) scatterGradients();
    }

    /** Σ G_ij k_ij over the entries the backward pass reads (the lower triangle of K(X, X)). */
    private double contractWithKernel(double[] g) {
        double s0 = 0, s1 = 0;
        for (int i = 0; i < n; i++) {
            int row = i * m;
            int jEnd = symmetric ? i + 1 : m;
            int j = 0;
            for (; j + 2 <= jEnd; j += 2) {
                s0 += g[row + j] * k[row + j];
                s1 += g[row + j + 1] * k[row + j + 1];
            }
            if (j < jEnd) s0 += g[row + j] * k[row + j];
        }
        return s0 + s1;
    }

    /** Adds b · d(r²_ij)/d(compact inputs, ℓ, T) for row i of X and row j of Xs, b = s G_ij dk/dr². */
    private void pullBackPair(int i, int j, double b) {
        int a = i * q, c = j * q;
        for (int d = 0; d < q; d++) {
            double diff = xc[a + d] - xsc[c + d];
            double w;
            if (period == null) {
                // r² = Σ diff² with diff = (x - x')/ℓ: ∂/∂(x/ℓ) = 2 diff, ∂/∂ℓ = -2 diff²/ℓ.
                w = 2 * b * diff;
                lsGrad[d] -= w * diff * invLs[d];
            } else {
                double u = Math.PI * diff * invPeriod[d];
                double sn = Math.sin(u), sin2u = Math.sin(2 * u);
                double il2 = invLs[d] * invLs[d];
                w = b * sin2u * Math.PI * invPeriod[d] * il2;
                lsGrad[d] -= 2 * b * sn * sn * il2 * invLs[d];
                periodGrad[d] -= b * il2 * sin2u * u * invPeriod[d];
            }
            gxc[a + d] += w;
            gxsc[c + d] -= w;
        }
    }

    /** Compact gradients to X and Xs (times 1/ℓ in the Euclidean case), ℓ and T. */
    private void scatterGradients() {
        scatter(gxc, x, n);
        if (!symmetric) scatter(gxsc, xs, m);
        PerDimension.addGradient(ls, lsGrad);
        if (period != null) PerDimension.addGradient(period, periodGrad);
    }

    private void scatter(double[] compactGrad, Node input, int rows) {
        double[] adj = input.adjoint;
        if (adj == null) return;
        int stride = input.shape.cols();
        for (int i = 0; i < rows; i++) {
            for (int d = 0; d < q; d++) {
                double g = compactGrad[i * q + d];
                adj[i * stride + dims[d]] += period == null ? g * invLs[d] : g;
            }
        }
    }
}
