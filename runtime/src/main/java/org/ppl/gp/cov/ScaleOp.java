package org.ppl.gp.cov;

import org.ppl.ad.Node;
import org.ppl.ad.Op;
import org.ppl.ad.ShapeException;

/** {@code s * A} for a scalar node s and any node A: one pass, no broadcast index map. */
public final class ScaleOp extends Op {
    private final Node scale;
    private final Node a;

    public ScaleOp(Node scale, Node a) {
        super(a.shape, scale, a);
        if (scale.size() != 1) throw new ShapeException("scale: the scale has shape " + scale.shape + "; expected a scalar");
        this.scale = scale;
        this.a = a;
    }

    @Override
    public void forward() {
        double s = scale.value[0];
        double[] x = a.value, z = out.value;
        for (int k = 0; k < z.length; k++) z[k] = s * x[k];
    }

    @Override
    public void backward() {
        double[] g = out.adjoint, x = a.value;
        if (scale.adjoint != null) {
            double sum = 0;
            for (int k = 0; k < g.length; k++) sum += g[k] * x[k];
            scale.adjoint[0] += sum;
        }
        if (a.adjoint != null) {
            double s = scale.value[0];
            double[] ga = a.adjoint;
            for (int k = 0; k < g.length; k++) ga[k] += s * g[k];
        }
    }
}
