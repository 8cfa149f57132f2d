package org.ppl.transform;

import org.ppl.ad.Node;
import org.ppl.ad.Shape;

/**
 * Stan's stick-breaking map of {@link Simplex}. With {@code a_k = y_k - log(K-1-k)}, {@code z_k =
 * logistic(a_k)}, {@code w_k = 1 - z_k} and the stick left before step k {@code S_k} (S_0 = 1):
 * {@code x_k = S_k z_k}, {@code S_{k+1} = S_k w_k}, {@code x_{K-1} = S_{K-1}}, and log |J| = sum of
 * {@code log S_k + log z_k + log w_k}. The stick is carried as its logarithm (a sum of {@code log
 * w_k}), so log |J| stays finite when the stick underflows at extreme free values.
 */
final class SimplexOp extends TransformOp {
    private static final String NAME = "simplex";
    private final int k1;
    private final double[] offset;
    private final double[] z;
    private final double[] w;
    private final double[] stick;

    SimplexOp(Node free, Shape shape) {
        super(shape, free);
        this.k1 = shape.size() - 1;
        Describe.requireFree(NAME, free, k1);
        this.offset = new double[k1];
        for (int k = 0; k < k1; k++) offset[k] = Math.log(k1 - k);
        this.z = new double[k1];
        this.w = new double[k1];
        this.stick = new double[k1 + 1];
    }

    @Override
    public void forward() {
        double[] y = free.value, x = out.value;
        double logStick = 0;
        double logJ = 0;
        for (int k = 0; k < k1; k++) {
            double a = y[k] - offset[k];
            // log z = -log1p(exp(-a)), log w = -log1p(exp(a)), both from e = exp(-|a|).
            double e = Math.exp(-Math.abs(a));
            double logSmall = -Math.abs(a) - Math.log1p(e), logLarge = -Math.log1p(e);
            double logZ = a < 0 ? logSmall : logLarge;
            double logW = a < 0 ? logLarge : logSmall;
            z[k] = a < 0 ? e / (1 + e) : 1 / (1 + e);
            w[k] = a < 0 ? 1 / (1 + e) : e / (1 + e);
            stick[k] = Math.exp(logStick);
            x[k] = stick[k] * z[k];
            logJ += logStick + logZ + logW;
            logStick += logW;
        }
        stick[k1] = Math.exp(logStick);
        x[k1] = stick[k1];
        logJacobian.value[0] = logJ;
    }

    /**
     * Reverse sweep of the loop above, carrying the adjoint of {@code log S_{k+1}}: each step adds
     * gJ (from log |J|) and {@code gx_k x_k} (from {@code x_k = S_k z_k}) to the adjoint of log S_k.
     */
    @Override
    public void backward() {
        if (out.adjoint == null || free.adjoint == null) return;
        double[] gx = out.adjoint, gy = free.adjoint, x = out.value;
        double gJ = logJacobian.adjoint[0];
        double gLogStick = gx[k1] * stick[k1];
        for (int k = k1 - 1; k >= 0; k--) {
            double gLogW = gLogStick + gJ;
            double gLogZ = gJ;
            double gZ = gx[k] * stick[k];
            gy[k] += gLogZ * w[k] - gLogW * z[k] + gZ * z[k] * w[k];
            gLogStick += gJ + gx[k] * x[k];
        }
    }

    /** Stan's inverse: walk back from the last entry, logit z_k = log x_k - log(x_{k+1} + ... + x_{K-1}). */
    @Override
    public void inverse(double[] constrained, double[] freeOut) {
        double sum = 0;
        for (int k = 0; k <= k1; k++) {
            double v = constrained[k];
            if (!(v > 0 && v < 1) && !(k1 == 0 && v == 1)) {
                throw new IllegalArgumentException(Describe.outside(out.shape, k, v, 0, 1));
            }
            sum += v;
        }
        if (Math.abs(sum - 1) > 1e-8) {
            throw new IllegalArgumentException("the elements sum to " + Describe.number(sum) + ", not 1");
        }
        double later = constrained[k1];
        for (int k = k1 - 1; k >= 0; k--) {
            freeOut[k] = Math.log(constrained[k]) - Math.log(later) + offset[k];
            later += constrained[k];
        }
    }

    @Override
    public String name() {
        return NAME;
    }
}
