package org.ppl.dist;

import org.ppl.ad.Node;
import org.ppl.ad.Op;

/**
 * Maps from unconstrained inputs onto a support, for checking the gradient with respect to a
 * value that must stay on a manifold (a simplex, unit rows) while finite differences move one
 * coordinate at a time. Each has an analytic backward pass; the gradient check covers the
 * composition.
 */
final class TestOps {
    private TestOps() {}

    /** Each row of a positive (N, K) or (K,) input divided by its sum: a simplex per row. */
    static final class RowNormalise extends Op {
        private final Node in;
        private final int k;

        RowNormalise(Node in) {
            super(in.shape, in);
            this.in = in;
            this.k = in.shape.dim(in.shape.rank() - 1);
        }

        @Override
        public void forward() {
            double[] x = in.value;
            for (int r = 0; r < x.length / k; r++) {
                double s = 0;
                for (int c = 0; c < k; c++) s += x[r * k + c];
                for (int c = 0; c < k; c++) out.value[r * k + c] = x[r * k + c] / s;
            }
        }

        @Override
        public void backward() {
            double[] x = in.value;
            for (int r = 0; r < x.length / k; r++) {
                double s = 0;
                double dot = 0;
                for (int c = 0; c < k; c++) {
                    s += x[r * k + c];
                    dot += out.adjoint[r * k + c] * out.value[r * k + c];
                }
                // y_c = x_c / s: dy_c/dx_j = (delta_cj - y_c) / s.
                for (int c = 0; c < k; c++) in.adjoint[r * k + c] += (out.adjoint[r * k + c] - dot) / s;
            }
        }
    }

    /**
     * The lower triangle of a square input with each row scaled to unit length (upper entries
     * ignored): a Cholesky factor of a correlation matrix when the diagonal is positive.
     */
    static final class UnitRows extends Op {
        private final Node in;
        private final int n;

        UnitRows(Node in) {
            super(in.shape, in);
            this.in = in;
            this.n = in.shape.dim(0);
        }

        @Override
        public void forward() {
            double[] a = in.value;
            for (int i = 0; i < n; i++) {
                double s = 0;
                for (int j = 0; j <= i; j++) s += a[i * n + j] * a[i * n + j];
                double norm = Math.sqrt(s);
                for (int j = 0; j < n; j++) out.value[i * n + j] = j <= i ? a[i * n + j] / norm : 0.0;
            }
        }

        @Override
        public void backward() {
            double[] a = in.value;
            for (int i = 0; i < n; i++) {
                double s = 0;
                double dot = 0;
                for (int j = 0; j <= i; j++) {
                    s += a[i * n + j] * a[i * n + j];
                    dot += out.adjoint[i * n + j] * out.value[i * n + j];
                }
                double norm = Math.sqrt(s);
                // y = a / |a|: dy/da = (I - y y^T) / |a|.
                for (int j = 0; j <= i; j++) {
                    in.adjoint[i * n + j] += (out.adjoint[i * n + j] - dot * out.value[i * n + j]) / norm;
                }
            }
        }
    }
}
