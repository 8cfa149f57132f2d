package org.ppl.gp.cov;

import java.util.Objects;
import org.ppl.ad.Node;

/**
 * The polynomial kernel: k(x, x') = ((x - c)·(x' - c) + offset)^d. The degree d is usually a constant;
 * when it is a parameter its gradient h·log(base) needs a positive base.
 */
public final class Polynomial extends Linear {
    private final Node d;
    private final Node offset;

    public Polynomial(int inputDim, Node c, Node d, Node offset) {
        this(inputDim, c, d, offset, null);
    }

    public Polynomial(int inputDim, Node c, Node d, Node offset, int[] activeDims) {
        super("Polynomial", inputDim, c, activeDims);
        this.d = Objects.requireNonNull(d, "Polynomial: d");
        this.offset = Objects.requireNonNull(offset, "Polynomial: offset");
        checkScalar("d", d);
        checkScalar("offset", offset);
    }

    @Override
    DotProductForm form() {
        return new DotProductForm(c, offset, d, activeDims.length);
    }
}
