package org.ppl.gp.cov;

import java.util.Objects;
import org.ppl.ad.Node;
import org.ppl.ad.Tape;
import org.ppl.ad.ops.Add;

/** {@code left + right}, elementwise on the kernel matrices. */
public record CovarianceSum(Covariance left, Covariance right) implements Covariance {
    public CovarianceSum {
        Objects.requireNonNull(left, "left");
        Objects.requireNonNull(right, "right");
    }

    @Override
    public Node full(Tape tape, Node x, Node xs) {
        return tape.push(new Add(left.full(tape, x, xs), right.full(tape, x, xs)));
    }

    @Override
    public Node diag(Tape tape, Node x) {
        return tape.push(new Add(left.diag(tape, x), right.diag(tape, x)));
    }
}
