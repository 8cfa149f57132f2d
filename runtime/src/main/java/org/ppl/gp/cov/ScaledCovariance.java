package org.ppl.gp.cov;

import java.util.Objects;
import org.ppl.ad.Node;
import org.ppl.ad.ShapeException;
import org.ppl.ad.Tape;
import org.ppl.ad.ops.Mul;

/**
 * {@code scale * inner} for a scalar node. On a kernel the scale is folded into the kernel's own
 * operation (no extra N×M pass); nested scales are multiplied first.
 */
public record ScaledCovariance(Node scale, Covariance inner) implements Covariance {
    public ScaledCovariance {
        Objects.requireNonNull(scale, "scale");
        Objects.requireNonNull(inner, "inner");
        if (scale.size() != 1) {
            throw new ShapeException("covariance scaling: the scale has shape " + scale.shape + "; expected a scalar");
        }
    }

    @Override
    public Node full(Tape tape, Node x, Node xs) {
        if (inner instanceof Kernel k) return k.full(tape, x, xs, scale);
        if (inner instanceof ScaledCovariance s) {
            return new ScaledCovariance(tape.push(new Mul(scale, s.scale)), s.inner).full(tape, x, xs);
        }
        return tape.push(new ScaleOp(scale, inner.full(tape, x, xs)));
    }

    @Override
    public Node diag(Tape tape, Node x) {
        if (inner instanceof Kernel k) return k.diag(tape, x, scale);
        if (inner instanceof ScaledCovariance s) {
            return new ScaledCovariance(tape.push(new Mul(scale, s.scale)), s.inner).diag(tape, x);
        }
        return tape.push(new ScaleOp(scale, inner.diag(tape, x)));
    }
}
