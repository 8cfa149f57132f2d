package org.ppl.ad.linalg;

import org.ppl.ad.Node;
import org.ppl.ad.Op;
import org.ppl.ad.Shape;
import org.ppl.ad.ShapeException;

/** The trace of a matrix: the sum of its diagonal (of length min(rows, cols), as NumPy's). */
public final class Trace extends Op {
    private final Node x;
    private final int count;
    private final int stride;

    public Trace(Node x) {
        super(Shape.SCALAR, x);
        if (!x.shape.isMatrix()) throw new ShapeException("trace: expected a matrix, got " + x.shape);
        this.x = x;
        this.count = Math.min(x.shape.dim(0), x.shape.dim(1));
        this.stride = x.shape.dim(1) + 1;
    }

    @Override
    public void forward() {
        double s = 0;
        for (int i = 0; i < count; i++) s += x.value[i * stride];
        out.value[0] = s;
    }

    @Override
    public void backward() {
        if (x.adjoint == null) return;
        double g = out.adjoint[0];
        for (int i = 0; i < count; i++) x.adjoint[i * stride] += g;
    }

    @Override
    public String name() {
        return "trace";
    }
}
