package org.ppl.ad.linalg;

import org.ppl.ad.Node;
import org.ppl.ad.Op;
import org.ppl.ad.Shape;
import org.ppl.linalg.MatrixMultiply;

/**
 * The quadratic form {@code x^T A x} (a scalar) for a vector x, or {@code X^T A X} (m-by-m) for an
 * n-by-m matrix X, as Stan's {@code quad_form}. A is any square matrix. With T = A X:
 * Abar += X Cbar X^T and Xbar += T Cbar^T + A^T X Cbar.
 */
public final class QuadraticForm extends Op {
    private final Node a;
    private final Node x;
    private final int n;
    private final int m;
    private final double[] t;
    private final double[] u;

    public QuadraticForm(Node a, Node x) {
        super(checked(a, x), a, x);
        this.a = a;
        this.x = x;
        this.n = a.shape.dim(0);
        this.m = Shapes.columns(x.shape);
        this.t = new double[n * m];
        this.u = new double[n * m];
    }

    private static Shape checked(Node a, Node x) {
        int n = Shapes.square("quad_form", a);
        Shapes.leftOperand("quad_form", a.shape, x.shape, n);
        return x.shape.isVector() ? Shape.SCALAR : Shape.matrix(x.shape.dim(1), x.shape.dim(1));
    }

    @Override
    public void forward() {
        MatrixMultiply.mult(a.value, x.value, t, n, n, m);
        MatrixMultiply.multTransA(x.value, t, out.value, m, n, m);
    }

    @Override
    public void backward() {
        double[] g = out.adjoint;
        MatrixMultiply.mult(x.value, g, u, n, m, m);
        if (a.adjoint != null) MatrixMultiply.multTransBAdd(1.0, u, x.value, a.adjoint, n, m, n);
        if (x.adjoint != null) {
            MatrixMultiply.multTransBAdd(1.0, t, g, x.adjoint, n, m, m);
            MatrixMultiply.multTransAAdd(1.0, a.value, u, x.adjoint, n, n, m);
        }
    }

    @Override
    public String name() {
        return "quad_form";
    }
}
