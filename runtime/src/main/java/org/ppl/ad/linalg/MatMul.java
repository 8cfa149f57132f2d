package org.ppl.ad.linalg;

import org.ppl.ad.Node;
import org.ppl.ad.Op;
import org.ppl.ad.Shape;
import org.ppl.ad.ShapeException;
import org.ppl.linalg.MatrixMultiply;

/**
 * The matrix product {@code a @ b} with NumPy's semantics for vectors and matrices: matrix @ matrix,
 * matrix @ vector (a vector), vector @ matrix (a vector) and vector @ vector (a scalar). Its adjoint
 * is two matrix products: abar += cbar b^T, bbar += a^T cbar.
 */
public final class MatMul extends Op {
    private final Node a;
    private final Node b;
    private final int m;
    private final int k;
    private final int n;

    public MatMul(Node a, Node b) {
        super(resultShape(a.shape, b.shape), a, b);
        this.a = a;
        this.b = b;
        this.m = a.shape.isVector() ? 1 : a.shape.dim(0);
        this.k = b.shape.dim(0);
        this.n = b.shape.isVector() ? 1 : b.shape.dim(1);
    }

    static Shape resultShape(Shape a, Shape b) {
        boolean ranksOk = a.rank() >= 1 && a.rank() <= 2 && b.rank() >= 1 && b.rank() <= 2;
        if (!ranksOk) {
            throw new ShapeException("matmul: shapes " + a + " and " + b
                    + " do not align (operands must be vectors or matrices; use * for scalars)");
        }
        if (a.dim(a.rank() - 1) != b.dim(0)) throw new ShapeException("matmul: shapes " + a + " and " + b + " do not align");
        if (a.isVector() && b.isVector()) return Shape.SCALAR;
        if (a.isVector()) return Shape.vector(b.dim(1));
        if (b.isVector()) return Shape.vector(a.dim(0));
        return Shape.matrix(a.dim(0), b.dim(1));
    }

    @Override
    public void forward() {
        MatrixMultiply.mult(a.value, b.value, out.value, m, k, n);
    }

    @Override
    public void backward() {
        double[] g = out.adjoint;
        if (a.adjoint != null) MatrixMultiply.multTransBAdd(1.0, g, b.value, a.adjoint, m, n, k);
        if (b.adjoint != null) MatrixMultiply.multTransAAdd(1.0, a.value, g, b.adjoint, k, m, n);
    }

    @Override
    public String name() {
        return "matmul";
    }
}
