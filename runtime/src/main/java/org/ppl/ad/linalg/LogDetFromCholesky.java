package org.ppl.ad.linalg;

import org.ppl.ad.Node;
import org.ppl.ad.NumericFailure;
import org.ppl.ad.Op;
import org.ppl.ad.Shape;

/**
 * log det(L L^T) = 2 sum(log L_ii) from a Cholesky factor L. A diagonal entry that is not positive
 * (no Cholesky factor has one) raises {@link NumericFailure}.
 */
public final class LogDetFromCholesky extends Op {
    private final Node l;
    private final int n;

    public LogDetFromCholesky(Node l) {
        super(Shape.SCALAR, l);
        this.l = l;
        this.n = Shapes.square("logdet_cholesky", l);
    }

    @Override
    public void forward() {
        double s = 0;
        for (int i = 0; i < n; i++) {
            double d = l.value[i * n + i];
            if (!(d > 0)) throw new NumericFailure("logdet_cholesky: the factor has a diagonal entry that is not positive");
            s += Math.log(d);
        }
        out.value[0] = 2 * s;
    }

    @Override
    public void backward() {
        if (l.adjoint == null) return;
        double g2 = 2 * out.adjoint[0];
        for (int i = 0; i < n; i++) l.adjoint[i * n + i] += g2 / l.value[i * n + i];
    }

    @Override
    public String name() {
        return "logdet_cholesky";
    }
}
