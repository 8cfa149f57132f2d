package org.ppl.ad.ops;

import org.ppl.ad.Node;
import org.ppl.ad.Op;
import org.ppl.ad.Shape;

/**
 * Base of {@link Stack} and {@link Concatenate}. Both interleave blocks: the output is {@code outer}
 * rows of {@code total} elements, and input j contributes {@code block[j]} elements of each row,
 * starting at {@code offset[j]}, read from its own row {@code o} (at {@code o * block[j]}).
 */
abstract class Join extends Op {
    private final Node[] parts;
    private final int outer;
    private final int total;
    private final int[] block;
    private final int[] offset;

    protected Join(Shape outShape, Node[] parts, int outer, int[] block) {
        super(outShape, parts);
        this.parts = parts.clone();
        this.outer = outer;
        this.block = block;
        this.offset = new int[block.length];
        int t = 0;
        for (int j = 0; j < block.length; j++) {
            offset[j] = t;
            t += block[j];
        }
        this.total = t;
    }

    @Override
    public final void forward() {
        double[] z = out.value;
        for (int j = 0; j < parts.length; j++) {
            double[] v = parts[j].value;
            int n = block[j];
            for (int o = 0; o < outer; o++) System.arraycopy(v, o * n, z, o * total + offset[j], n);
        }
    }

    @Override
    public final void backward() {
        double[] g = out.adjoint;
        for (int j = 0; j < parts.length; j++) {
            double[] gx = parts[j].adjoint;
            if (gx == null) continue;
            int n = block[j];
            for (int o = 0; o < outer; o++) {
                int from = o * total + offset[j];
                int to = o * n;
                for (int i = 0; i < n; i++) gx[to + i] += g[from + i];
            }
        }
    }

    /** The product of {@code dims[from..to)}. */
    static int product(int[] dims, int from, int to) {
        int p = 1;
        for (int i = from; i < to; i++) p *= dims[i];
        return p;
    }
}
