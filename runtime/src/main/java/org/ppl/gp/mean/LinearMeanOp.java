package org.ppl.gp.mean;

import org.ppl.ad.Node;
import org.ppl.ad.Op;
import org.ppl.ad.Shape;
import org.ppl.ad.ShapeException;

/** m_i = Σ_q x_iq b_q + a, with X̄ = ḡ bᵀ, b̄ = Xᵀ ḡ, ā = Σ ḡ. */
final class LinearMeanOp extends Op {
    private final Node x, b, a;
    private final int n, d;

    LinearMeanOp(Node x, Node b, Node a) {
        super(Shape.vector(x.shape.rows()), x, b, a);
        if (!(x.shape.isMatrix() || x.shape.isVector()) || x.shape.cols() != b.size()) {
            throw new ShapeException("Linear mean: X has shape " + x.shape + " but coeffs has shape " + b.shape
                    + "; expected (N, " + b.size() + ")");
        }
        this.x = x;
        this.b = b;
        this.a = a;
        this.n = x.shape.rows();
        this.d = x.shape.cols();
    }

    @Override
    public void forward() {
        double[] xv = x.value, bv = b.value;
        double a0 = a.value[0];
        for (int i = 0; i < n; i++) {
            double s = a0;
            for (int q = 0; q < d; q++) s += xv[i * d + q] * bv[q];
            out.value[i] = s;
        }
    }

    @Override
    public void backward() {
        double[] g = out.adjoint, xv = x.value, bv = b.value;
        double sum = 0;
        for (int i = 0; i < n; i++) {
            double gi = g[i];
            sum += gi;
            for (int q = 0; q < d; q++) {
                if (x.adjoint != null) x.adjoint[i * d + q] += gi * bv[q];
                if (b.adjoint != null) b.adjoint[q] += gi * xv[i * d + q];
            }
        }
        if (a.adjoint != null) a.adjoint[0] += sum;
    }
}
