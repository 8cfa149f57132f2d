package org.ppl.gp.cov;

import java.util.Objects;
import org.ppl.ad.Node;
import org.ppl.ad.Tape;
import org.ppl.ad.ops.Mul;

/** {@code left * right}, elementwise on the kernel matrices (a product of kernels is a kernel). */
public record CovarianceProduct(Covariance left, Covariance right) implements Covariance {
    public CovarianceProduct {
        Objects.requireNonNull(left, "left");
        Objects.requireNonNull(right, "right");
    }

    @Override
    public Node full(Tape tape, Node x, Node xs) {
        return tape.push(new Mul(left.full(tape, x, xs), right.full(tape, x, xs)));
    }

    @Override
    public Node diag(Tape tape, Node x) {
        return tape.push(new Mul(left.diag(tape, x), right.diag(tape, x)));
    }
}
