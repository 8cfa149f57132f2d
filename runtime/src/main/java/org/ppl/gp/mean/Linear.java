package org.ppl.gp.mean;

import java.util.Objects;
import org.ppl.ad.Node;
import org.ppl.ad.ShapeException;
import org.ppl.ad.Tape;

/** m(X) = X · coeffs + intercept, coeffs one per column of X, intercept a scalar. */
public record Linear(Node coeffs, Node intercept) implements MeanFunction {
    public Linear {
        Objects.requireNonNull(coeffs, "Linear mean: coeffs");
        Objects.requireNonNull(intercept, "Linear mean: intercept");
        if (coeffs.shape.rank() > 1) {
            throw new ShapeException("Linear mean: coeffs has shape " + coeffs.shape + "; expected a vector");
        }
        if (intercept.size() != 1) {
            throw new ShapeException("Linear mean: intercept has shape " + intercept.shape + "; expected a scalar");
        }
    }

    @Override
    public Node evaluate(Tape tape, Node x) {
        return tape.push(new LinearMeanOp(x, coeffs, intercept));
    }
}
