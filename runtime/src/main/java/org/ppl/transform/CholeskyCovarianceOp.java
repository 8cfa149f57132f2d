package org.ppl.transform;

import java.util.Arrays;
import org.ppl.ad.Node;
import org.ppl.ad.Shape;

/** The map of {@link CholeskyCovariance}: copy the off-diagonal entries, exponentiate the diagonal. */
final class CholeskyCovarianceOp extends TransformOp {
    private static final String NAME = "cholesky_cov";
    private final int rows;
    private final int cols;

    CholeskyCovarianceOp(Node free, Shape shape, int freeSize) {
        super(shape, free);
        Describe.requireFree(NAME, free, freeSize);
        this.rows = shape.dim(0);
        this.cols = shape.dim(1);
    }

    @Override
    public void forward() {
        double[] y = free.value, l = out.value;
        Arrays.fill(l, 0.0);
        double logJ = 0;
        int p = 0;
        for (int i = 0; i < rows; i++) {
            int last = Math.min(i, cols - 1);
            for (int j = 0; j <= last; j++, p++) {
                if (j == i) {
                    l[i * cols + j] = Math.exp(y[p]);
                    logJ += y[p];
                } else {
                    l[i * cols + j] = y[p];
                }
            }
        }
        logJacobian.value[0] = logJ;
    }

    @Override
    public void backward() {
        if (out.adjoint == null || free.adjoint == null) return;
        double[] gl = out.adjoint, l = out.value, gy = free.adjoint;
        double gJ = logJacobian.adjoint[0];
        int p = 0;
        for (int i = 0; i < rows; i++) {
            int last = Math.min(i, cols - 1);
            for (int j = 0; j <= last; j++, p++) {
                int e = i * cols + j;
                gy[p] += j == i ? gl[e] * l[e] + gJ : gl[e];
            }
        }
    }

    @Override
    public void inverse(double[] constrained, double[] freeOut) {
        CholeskyChecks.requireLowerTriangular(out.shape, constrained);
        int p = 0;
        for (int i = 0; i < rows; i++) {
            int last = Math.min(i, cols - 1);
            for (int j = 0; j <= last; j++, p++) {
                double v = constrained[i * cols + j];
                freeOut[p] = j == i ? Math.log(v) : v;
            }
        }
    }

    @Override
    public String name() {
        return NAME;
    }
}
