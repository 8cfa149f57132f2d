package org.ppl.ad.linalg;

import org.ppl.ad.Node;
import org.ppl.ad.Op;
import org.ppl.linalg.MatrixMultiply;
import org.ppl.linalg.SymmetricProducts;

/**
 * {@code L L^T} for a lower-triangular L (Stan's {@code multiply_lower_tri_self_transpose}); only
 * the lower triangle of L is read. Lbar += tril((Cbar + Cbar^T) L).
 */
public final class LowerTimesTranspose extends Op {
    private final Node l;
    private final int n;
    private final double[] lower;
    private final double[] sym;
    private final double[] p;

    public LowerTimesTranspose(Node l) {
        super(l.shape, l);
        this.l = l;
        this.n = Shapes.square("multiply_lower_tri_self_transpose", l);
        this.lower = new double[n * n];
        this.sym = new double[n * n];
        this.p = new double[n * n];
    }

    @Override
    public void forward() {
        SymmetricProducts.lowerTimesTranspose(l.value, n, out.value);
    }

    @Override
    public void backward() {
        if (l.adjoint == null) return;
        double[] g = out.adjoint, lv = l.value;
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                sym[i * n + j] = g[i * n + j] + g[j * n + i];
                lower[i * n + j] = j <= i ? lv[i * n + j] : 0.0;
            }
        }
        MatrixMultiply.mult(sym, lower, p, n, n, n);
        Shapes.addLower(l.adjoint, 1.0, p, n);
    }

    @Override
    public String name() {
        return "multiply_lower_tri_self_transpose";
    }
}
