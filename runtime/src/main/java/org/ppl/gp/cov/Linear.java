package org.ppl.gp.cov;

import java.util.Objects;
import org.ppl.ad.Node;
import org.ppl.ad.Tape;

/** The linear kernel: k(x, x') = (x - c)·(x' - c), with c a scalar or one value per active dimension. */
public class Linear extends Kernel {
    protected final Node c;

    public Linear(int inputDim, Node c) {
        this(inputDim, c, null);
    }

    public Linear(int inputDim, Node c, int[] activeDims) {
        this("Linear", inputDim, c, activeDims);
    }

    Linear(String name, int inputDim, Node c, int[] activeDims) {
        super(name, inputDim, activeDims);
        this.c = Objects.requireNonNull(c, name + ": c");
        checkPerDimension("c", c);
    }

    DotProductForm form() {
        return new DotProductForm(c, null, null, activeDims.length);
    }

    @Override
    public final Node full(Tape tape, Node x, Node xs, Node scale) {
        checkInput("X", x);
        checkInput("Xs", xs);
        checkScalar("scale", scale);
        return tape.push(new DotProductKernelOp(form(), x, xs, activeDims, scale));
    }

    @Override
    public final Node diag(Tape tape, Node x, Node scale) {
        checkInput("X", x);
        checkScalar("scale", scale);
        return tape.push(new DotProductDiagOp(form(), x, activeDims, scale));
    }
}
