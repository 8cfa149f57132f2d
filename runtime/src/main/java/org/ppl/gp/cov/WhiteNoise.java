package org.ppl.gp.cov;

import java.util.Objects;
import org.ppl.ad.Node;
import org.ppl.ad.Shape;
import org.ppl.ad.Tape;

/**
 * White noise: σ² I on K(X, X) and 0 on K(X, Xs) for a separate Xs (as PyMC: the noise belongs to
 * each observation, not to coinciding inputs).
 */
public final class WhiteNoise extends Kernel {
    private final Node sigma;

    public WhiteNoise(Node sigma) {
        super("WhiteNoise", 0, null);
        this.sigma = Objects.requireNonNull(sigma, "WhiteNoise: sigma");
        checkScalar("sigma", sigma);
    }

    @Override
    public Node full(Tape tape, Node x, Node xs, Node scale) {
        checkInput("X", x);
        checkInput("Xs", xs);
        checkScalar("scale", scale);
        int n = x.shape.rows();
        if (xs != null) return tape.constant(Shape.matrix(n, xs.shape.rows()), new double[n * xs.shape.rows()]);
        return tape.push(new FillOp(Shape.matrix(n, n), sigma, scale, true, true));
    }

    @Override
    public Node diag(Tape tape, Node x, Node scale) {
        checkInput("X", x);
        checkScalar("scale", scale);
        return tape.push(new FillOp(Shape.vector(x.shape.rows()), sigma, scale, true, false));
    }
}
