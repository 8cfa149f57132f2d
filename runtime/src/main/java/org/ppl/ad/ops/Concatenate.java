package org.ppl.ad.ops;

import java.util.List;
import org.ppl.ad.Node;
import org.ppl.ad.Shape;
import org.ppl.ad.ShapeException;

/** Arrays joined along an existing axis (NumPy's {@code concatenate}, axis 0 by default). */
public final class Concatenate extends Join {
    private Concatenate(Node[] parts, Shape outShape, int outer, int[] block) {
        super(outShape, parts, outer, block);
    }

    public static Concatenate of(List<Node> parts) {
        return of(parts, 0);
    }

    /** Joins {@code parts} along {@code axis} (negative counts from the end). */
    public static Concatenate of(List<Node> parts, int axis) {
        if (parts.isEmpty()) throw new ShapeException("concatenate: need at least one array to concatenate");
        Shape first = parts.get(0).shape;
        int rank = first.rank();
        if (rank == 0) throw new ShapeException("concatenate: zero-dimensional arrays cannot be concatenated");
        int a = AxisLayout.normalize("concatenate", axis, rank);
        int[] dims = first.dims();
        int length = 0;
        for (int j = 0; j < parts.size(); j++) {
            Shape s = parts.get(j).shape;
            if (s.rank() != rank) {
                throw new ShapeException("concatenate: all the input arrays must have the same number of dimensions,"
                        + " but argument 0 has shape " + first + " and argument " + j + " has shape " + s);
            }
            for (int i = 0; i < rank; i++) {
                if (i != a && s.dim(i) != dims[i]) {
                    throw new ShapeException("concatenate: all the input array dimensions except for the concatenation"
                            + " axis must match exactly, but along dimension " + i + ", argument 0 has shape " + first
                            + " and argument " + j + " has shape " + s);
                }
            }
            length += s.dim(a);
        }
        int inner = product(dims, a + 1, rank);
        int[] block = new int[parts.size()];
        for (int j = 0; j < block.length; j++) block[j] = parts.get(j).shape.dim(a) * inner;
        int[] outDims = dims.clone();
        outDims[a] = length;
        return new Concatenate(parts.toArray(new Node[0]), Shape.of(outDims), product(dims, 0, a), block);
    }

    @Override
    public String name() {
        return "concatenate";
    }
}
