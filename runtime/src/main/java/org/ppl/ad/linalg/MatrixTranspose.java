package org.ppl.ad.linalg;

import org.ppl.ad.Node;
import org.ppl.ad.Op;
import org.ppl.ad.Shape;
import org.ppl.linalg.Transpose;

/** {@code x.T}: the transpose of a matrix; a vector or scalar is returned unchanged, as in NumPy. */
public final class MatrixTranspose extends Op {
    private final Node x;
    private final int rows;
    private final int cols;

    public MatrixTranspose(Node x) {
        super(transposed(x.shape), x);
        this.x = x;
        this.rows = x.shape.rows();
        this.cols = x.shape.cols();
        if (x.shape.rank() > 2) throw new org.ppl.ad.ShapeException("transpose: expected a vector or a matrix, got " + x.shape);
    }

    private static Shape transposed(Shape s) {
        return s.isMatrix() ? Shape.matrix(s.dim(1), s.dim(0)) : s;
    }

    @Override
    public void forward() {
        if (x.shape.isMatrix()) Transpose.transpose(x.value, rows, cols, out.value);
        else System.arraycopy(x.value, 0, out.value, 0, out.value.length);
    }

    @Override
    public void backward() {
        if (x.adjoint == null) return;
        double[] g = out.adjoint, gx = x.adjoint;
        if (!x.shape.isMatrix()) {
            for (int i = 0; i < g.length; i++) gx[i] += g[i];
            return;
        }
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < cols; j++) gx[i * cols + j] += g[j * rows + i];
        }
    }

    @Override
    public String name() {
        return "transpose";
    }
}
