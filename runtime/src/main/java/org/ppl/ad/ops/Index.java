package org.ppl.ad.ops;

import java.util.List;
import org.ppl.ad.Node;
import org.ppl.ad.Op;

/**
 * {@code x[...]} with indices fixed when the program is built: NumPy's basic and advanced indexing
 * (see {@link IndexPlan}). The forward pass gathers, the adjoint scatters back and adds, so an
 * element selected twice ({@code alpha[county]} with repeated counties) receives both gradients.
 */
public final class Index extends Op {
    private final Node x;
    private final int[] map;
    /** The first input element when the selection is one contiguous run, else -1. */
    private final int contiguousFrom;

    private Index(Node x, IndexPlan plan) {
        super(plan.shape(), x);
        this.x = x;
        this.map = plan.map();
        this.contiguousFrom = contiguousStart(map);
    }

    /** The operation selecting {@code x[specs...]}; throws a ShapeException for a bad index. */
    public static Index of(Node x, List<IndexSpec> specs) {
        return new Index(x, IndexPlan.of(x.shape, specs));
    }

    public static Index of(Node x, IndexSpec... specs) {
        return of(x, List.of(specs));
    }

    private static int contiguousStart(int[] map) {
        if (map.length == 0) return -1;
        for (int k = 1; k < map.length; k++) {
            if (map[k] != map[0] + k) return -1;
        }
        return map[0];
    }

    @Override
    public void forward() {
        double[] v = x.value, z = out.value;
        if (contiguousFrom >= 0) {
            System.arraycopy(v, contiguousFrom, z, 0, z.length);
            return;
        }
        for (int k = 0; k < z.length; k++) z[k] = v[map[k]];
    }

    @Override
    public void backward() {
        double[] g = out.adjoint, gx = x.adjoint;
        if (gx == null) return;
        for (int k = 0; k < g.length; k++) gx[map[k]] += g[k];
    }

    @Override
    public String name() {
        return "index";
    }
}
