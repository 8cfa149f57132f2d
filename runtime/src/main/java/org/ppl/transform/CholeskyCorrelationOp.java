package org.ppl.transform;

import java.util.Arrays;
import org.ppl.ad.Node;
import org.ppl.ad.Shape;

/**
 * The map of {@link CholeskyCorrelation}. In row i, with {@code z_j = tanh(y_ij)}, {@code u_j =
 * log(1 - z_j^2)} and the log of the squared length left {@code r_j = u_0 + ... + u_{j-1}}:
 * {@code L_ij = z_j exp(r_j / 2)} for j < i and {@code L_ii = exp(r_i / 2)}. log |J| adds, for each
 * free value, {@code u_j} (from tanh) and {@code r_j / 2} (from dL_ij/dz_j). Carrying the length
 * left as a logarithm, with {@code u = 2 (log 2 - |y| - log1p(exp(-2|y|)))}, keeps the diagonal
 * positive and log |J| finite when a CPC rounds to +-1; Stan's {@code 1 - sum of squares} would give
 * NaN there.
 */
final class CholeskyCorrelationOp extends TransformOp {
    private static final String NAME = "cholesky_corr";
    private static final double LOG2 = Math.log(2);
    private final int size;
    private final double[] z;
    private final double[] slope;
    private final double[] root;

    CholeskyCorrelationOp(Node free, Shape shape) {
        super(shape, free);
        this.size = shape.dim(0);
        Describe.requireFree(NAME, free, size * (size - 1) / 2);
        this.z = new double[free.size()];
        this.slope = new double[free.size()];
        this.root = new double[free.size()];
    }

    @Override
    public void forward() {
        double[] y = free.value, l = out.value;
        Arrays.fill(l, 0.0);
        double logJ = 0;
        l[0] = 1;
        for (int i = 1; i < size; i++) {
            double logLeft = 0;
            int p = i * (i - 1) / 2;
            for (int j = 0; j < i; j++, p++) {
                double a = Math.abs(y[p]);
                double u = 2 * (LOG2 - a - Math.log1p(Math.exp(-2 * a)));
                z[p] = Math.tanh(y[p]);
                slope[p] = Math.exp(u);
                root[p] = Math.exp(0.5 * logLeft);
                l[i * size + j] = z[p] * root[p];
                logJ += u + 0.5 * logLeft;
                logLeft += u;
            }
            l[i * size + i] = Math.exp(0.5 * logLeft);
        }
        logJacobian.value[0] = logJ;
    }

    /**
     * Row by row, from the last free value of the row back: the adjoint of r_j collects {@code
     * gL_ij L_ij / 2 + gJ / 2} (and {@code gL_ii L_ii / 2} for j = i); u_m receives gJ plus the
     * adjoints of every r_j with j > m; then gy = gz (1 - z^2) - 2 z gu.
     */
    @Override
    public void backward() {
        if (out.adjoint == null || free.adjoint == null) return;
        double[] gl = out.adjoint, l = out.value, gy = free.adjoint;
        double gJ = logJacobian.adjoint[0];
        for (int i = 1; i < size; i++) {
            int diag = i * size + i;
            double later = 0.5 * gl[diag] * l[diag];
            for (int j = i - 1; j >= 0; j--) {
                int p = i * (i - 1) / 2 + j;
                int e = i * size + j;
                double gu = gJ + later;
                double gz = gl[e] * root[p];
                gy[p] += gz * slope[p] - 2 * z[p] * gu;
                later += 0.5 * gl[e] * l[e] + 0.5 * gJ;
            }
        }
    }

    @Override
    public void inverse(double[] constrained, double[] freeOut) {
        CholeskyChecks.requireLowerTriangular(out.shape, constrained);
        for (int i = 0; i < size; i++) {
            double length = 0;
            for (int j = 0; j <= i; j++) length += constrained[i * size + j] * constrained[i * size + j];
            if (!(Math.abs(Math.sqrt(length) - 1) <= 1e-8)) {
                throw new IllegalArgumentException("row " + i + " has length " + Describe.number(Math.sqrt(length))
                        + ", not 1");
            }
            freeOut(constrained, i, freeOut);
        }
    }

    /**
     * The CPCs of row i: {@code z_j = L_ij / sqrt(s_j)} with {@code s_j} the sum of squares of
     * L_ij..L_ii (summed from the diagonal, so it is accurate when small), and {@code atanh(z_j) =
     * sign(L_ij) (log(sqrt(s_j) + |L_ij|) - log(s_{j+1}) / 2)}, which avoids {@code 1 - z}.
     */
    private void freeOut(double[] l, int i, double[] freeOut) {
        double later = l[i * size + i] * l[i * size + i];
        for (int j = i - 1; j >= 0; j--) {
            double v = l[i * size + j];
            double left = later + v * v;
            double cpc = Math.log(Math.sqrt(left) + Math.abs(v)) - 0.5 * Math.log(later);
            freeOut[i * (i - 1) / 2 + j] = Math.copySign(cpc, v);
            later = left;
        }
    }

    @Override
    public String name() {
        return NAME;
    }
}
