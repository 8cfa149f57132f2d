package org.ppl.gp.mean;

import java.util.Objects;
import org.ppl.ad.Node;
import org.ppl.ad.Shape;
import org.ppl.ad.ShapeException;
import org.ppl.ad.Tape;
import org.ppl.gp.cov.FillOp;

/** m(X) = c for a scalar c. */
public record Constant(Node c) implements MeanFunction {
    public Constant {
        Objects.requireNonNull(c, "Constant mean: c");
        if (c.size() != 1) throw new ShapeException("Constant mean: c has shape " + c.shape + "; expected a scalar");
    }

    @Override
    public Node evaluate(Tape tape, Node x) {
        return tape.push(new FillOp(Shape.vector(x.shape.rows()), c, null, false, false));
    }
}
