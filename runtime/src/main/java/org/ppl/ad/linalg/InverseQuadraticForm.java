package org.ppl.ad.linalg;

import org.ppl.ad.Node;
import org.ppl.ad.Op;
import org.ppl.ad.Shape;
import org.ppl.linalg.MatrixMultiply;
import org.ppl.linalg.TriangularKernels;

/**
 * {@code x^T A^{-1} x} for a vector x, or {@code trace(X^T A^{-1} X)} for a matrix X (the sum over
 * its columns, as a GP likelihood with several outputs needs), with A given by its Cholesky factor
 * L: the value is |L^{-1} X|^2. With Z = L^{-1} X and G = 2 gbar L^{-T} Z = 2 gbar A^{-1} X:
 * Xbar += G and Lbar -= tril(G Z^T). A zero on the diagonal of L raises
 * {@link org.ppl.ad.NumericFailure}.
 */
public final class InverseQuadraticForm extends Op {
    private final Node l;
    private final Node x;
    private final int n;
    private final int m;
    private final double[] z;
    private final double[] g;
    private final double[] p;

    public InverseQuadraticForm(Node l, Node x) {
        super(checked(l, x), l, x);
        this.l = l;
        this.x = x;
        this.n = l.shape.dim(0);
        this.m = Shapes.columns(x.shape);
        this.z = new double[n * m];
        this.g = new double[n * m];
        this.p = l.isDifferentiable() ? new double[n * n] : null;
    }

    private static Shape checked(Node l, Node x) {
        int n = Shapes.square("inv_quad_form", l);
        Shapes.leftOperand("inv_quad_form", l.shape, x.shape, n);
        return Shape.SCALAR;
    }

    @Override
    public void forward() {
        Shapes.requireNonsingular("inv_quad_form", l.value, n);
        System.arraycopy(x.value, 0, z, 0, z.length);
        TriangularKernels.solveLower(l.value, n, z, m);
        double s = 0;
        for (double v : z) s += v * v;
        out.value[0] = s;
    }

    @Override
    public void backward() {
        double g2 = 2 * out.adjoint[0];
        for (int i = 0; i < z.length; i++) g[i] = g2 * z[i];
        TriangularKernels.solveLowerTransposed(l.value, n, g, m);
        if (x.adjoint != null) {
            for (int i = 0; i < g.length; i++) x.adjoint[i] += g[i];
        }
        if (l.adjoint != null) {
            MatrixMultiply.multTransB(g, z, p, n, m, n);
            Shapes.addLower(l.adjoint, -1.0, p, n);
        }
    }

    @Override
    public String name() {
        return "inv_quad_form";
    }
}
