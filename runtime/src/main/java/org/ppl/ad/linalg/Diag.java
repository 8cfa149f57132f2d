package org.ppl.ad.linalg;

import org.ppl.ad.Node;
import org.ppl.ad.Op;
import org.ppl.ad.Shape;
import org.ppl.ad.ShapeException;

/**
 * NumPy's {@code diag}: a vector becomes the square matrix with it on the diagonal; a matrix gives
 * its diagonal (of length min(rows, cols)).
 */
public final class Diag extends Op {
    private final Node x;
    private final boolean toMatrix;
    private final int count;
    /** Stride between diagonal entries of the matrix side. */
    private final int stride;

    public Diag(Node x) {
        super(resultShape(x.shape), x);
        this.x = x;
        this.toMatrix = x.shape.isVector();
        this.count = toMatrix ? x.shape.dim(0) : Math.min(x.shape.dim(0), x.shape.dim(1));
        this.stride = (toMatrix ? count : x.shape.dim(1)) + 1;
    }

    private static Shape resultShape(Shape s) {
        if (s.isVector()) return Shape.matrix(s.dim(0), s.dim(0));
        if (s.isMatrix()) return Shape.vector(Math.min(s.dim(0), s.dim(1)));
        throw new ShapeException("diag: expected a vector or a matrix, got " + s);
    }

    @Override
    public void forward() {
        // The off-diagonal entries of a built matrix are zero from allocation and never written.
        for (int i = 0; i < count; i++) {
            if (toMatrix) out.value[i * stride] = x.value[i];
            else out.value[i] = x.value[i * stride];
        }
    }

    @Override
    public void backward() {
        if (x.adjoint == null) return;
        for (int i = 0; i < count; i++) {
            if (toMatrix) x.adjoint[i] += out.adjoint[i * stride];
            else x.adjoint[i * stride] += out.adjoint[i];
        }
    }

    @Override
    public String name() {
        return "diag";
    }
}
