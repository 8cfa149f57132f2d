package org.ppl.gp.mean;

import org.ppl.ad.Node;
import org.ppl.ad.Shape;
import org.ppl.ad.Tape;

/** m(X) = 0, the default. */
public record Zero() implements MeanFunction {
    @Override
    public Node evaluate(Tape tape, Node x) {
        return tape.constant(Shape.vector(x.shape.rows()), new double[x.shape.rows()]);
    }

    @Override
    public boolean isZero() {
        return true;
    }
}
