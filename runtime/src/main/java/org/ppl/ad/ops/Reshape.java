package org.ppl.ad.ops;

import org.ppl.ad.Node;
import org.ppl.ad.Op;
import org.ppl.ad.Shape;
import org.ppl.ad.ShapeException;

/** The same elements in row-major order under another shape of the same size (NumPy's reshape). */
public final class Reshape extends Op {
    private final Node x;

    public Reshape(Node x, Shape shape) {
        super(check(x.shape, shape), x);
        this.x = x;
    }

    /** Reshape to {@code dims}, one of which may be -1: the size that makes the total match. */
    public static Reshape of(Node x, int... dims) {
        int unknown = -1;
        int known = 1;
        for (int i = 0; i < dims.length; i++) {
            if (dims[i] == -1) {
                if (unknown >= 0) throw new ShapeException("reshape: can only specify one unknown dimension");
                unknown = i;
            } else if (dims[i] < 0) {
                throw new ShapeException("reshape: negative dimension " + dims[i] + " in the new shape");
            } else {
                known *= dims[i];
            }
        }
        int[] resolved = dims.clone();
        if (unknown >= 0) {
            if (known == 0 || x.size() % known != 0) {
                throw new ShapeException("reshape: cannot reshape array of size " + x.size()
                        + " into shape " + spell(dims));
            }
            resolved[unknown] = x.size() / known;
        }
        return new Reshape(x, Shape.of(resolved));
    }

    private static Shape check(Shape from, Shape to) {
        if (from.size() != to.size()) {
            throw new ShapeException("reshape: cannot reshape array of size " + from.size() + " into shape " + to);
        }
        return to;
    }

    /** A shape with a -1 in it, spelled as NumPy does. */
    private static String spell(int[] dims) {
        StringBuilder sb = new StringBuilder("(");
        for (int i = 0; i < dims.length; i++) sb.append(i > 0 ? ", " : "").append(dims[i]);
        return sb.append(dims.length == 1 ? ",)" : ")").toString();
    }

    @Override
    public void forward() {
        System.arraycopy(x.value, 0, out.value, 0, out.value.length);
    }

    @Override
    public void backward() {
        double[] g = out.adjoint, gx = x.adjoint;
        if (gx == null) return;
        for (int k = 0; k < g.length; k++) gx[k] += g[k];
    }

    @Override
    public String name() {
        return "reshape";
    }
}
