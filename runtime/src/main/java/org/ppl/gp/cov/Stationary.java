package org.ppl.gp.cov;

import java.util.Objects;
import org.ppl.ad.Node;
import org.ppl.ad.Tape;

/**
 * A stationary kernel k(r²) with r² = Σ_q (x_q - x'_q)² / ℓ_q² over the active dimensions, ℓ a
 * scalar or one lengthscale per active dimension (ARD). Its diagonal is k(0) = 1.
 */
public abstract class Stationary extends Kernel {
    protected final Node ls;

    protected Stationary(String name, int inputDim, Node ls, int[] activeDims) {
        super(name, inputDim, activeDims);
        this.ls = Objects.requireNonNull(ls, name + ": ls");
        checkPerDimension("ls", ls);
    }

    public final Node ls() {
        return ls;
    }

    abstract RadialProfile profile();

    /** Scalar parameters of the profile (RatQuad's alpha). */
    Node[] profileParameters() {
        return new Node[0];
    }

    /** The period of a periodic distance, or null for the Euclidean one. */
    Node period() {
        return null;
    }

    @Override
    public final Node full(Tape tape, Node x, Node xs, Node scale) {
        checkInput("X", x);
        checkInput("Xs", xs);
        checkScalar("scale", scale);
        return tape.push(new StationaryKernelOp(profile(), x, xs, activeDims, ls, period(), profileParameters(), scale));
    }

    @Override
    public final Node diag(Tape tape, Node x, Node scale) {
        checkInput("X", x);
        checkScalar("scale", scale);
        return FillOp.ones(tape, x.shape.rows(), scale);
    }
}
