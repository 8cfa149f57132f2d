package org.ppl.gp.cov;

import java.util.Objects;
import org.ppl.ad.Node;
import org.ppl.ad.Shape;
import org.ppl.ad.Tape;

/** The constant kernel: k(x, x') = c. */
public final class Constant extends Kernel {
    private final Node c;

    public Constant(Node c) {
        super("Constant", 0, null);
        this.c = Objects.requireNonNull(c, "Constant: c");
        checkScalar("c", c);
    }

    @Override
    public Node full(Tape tape, Node x, Node xs, Node scale) {
        checkInput("X", x);
        checkInput("Xs", xs);
        checkScalar("scale", scale);
        Shape shape = Shape.matrix(x.shape.rows(), (xs == null ? x : xs).shape.rows());
        return tape.push(new FillOp(shape, c, scale, false, false));
    }

    @Override
    public Node diag(Tape tape, Node x, Node scale) {
        checkInput("X", x);
        checkScalar("scale", scale);
        return tape.push(new FillOp(Shape.vector(x.shape.rows()), c, scale, false, false));
    }
}
