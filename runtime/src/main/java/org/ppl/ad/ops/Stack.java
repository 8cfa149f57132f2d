package org.ppl.ad.ops;

import java.util.Arrays;
import java.util.List;
import org.ppl.ad.Node;
import org.ppl.ad.Shape;
import org.ppl.ad.ShapeException;

/** Arrays of one shape joined along a new axis (NumPy's {@code stack}, axis 0 by default). */
public final class Stack extends Join {
    private Stack(Node[] parts, Shape outShape, int outer, int[] block) {
        super(outShape, parts, outer, block);
    }

    public static Stack of(List<Node> parts) {
        return of(parts, 0);
    }

    /** Stacks {@code parts} along a new axis at position {@code axis} (negative counts from the end). */
    public static Stack of(List<Node> parts, int axis) {
        if (parts.isEmpty()) throw new ShapeException("stack: need at least one array to stack");
        Shape shape = parts.get(0).shape;
        for (int j = 1; j < parts.size(); j++) {
            if (!parts.get(j).shape.equals(shape)) {
                throw new ShapeException("stack: all input arrays must have the same shape, but argument 0 has shape "
                        + shape + " and argument " + j + " has shape " + parts.get(j).shape);
            }
        }
        int rank = shape.rank();
        int a = AxisLayout.normalize("stack", axis, rank + 1);
        int[] dims = shape.dims();
        int[] outDims = new int[rank + 1];
        for (int i = 0, j = 0; i <= rank; i++) outDims[i] = i == a ? parts.size() : dims[j++];
        int[] block = new int[parts.size()];
        Arrays.fill(block, product(dims, a, rank));
        return new Stack(parts.toArray(new Node[0]), Shape.of(outDims), product(dims, 0, a), block);
    }

    @Override
    public String name() {
        return "stack";
    }
}
