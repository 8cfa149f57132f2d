package org.ppl.gp.cov;

import java.util.Arrays;
import org.ppl.ad.Node;
import org.ppl.ad.ShapeException;
import org.ppl.ad.Tape;

/**
 * A kernel proper (not a combination). Inputs X are N×inputDim matrices (a vector is N×1); the
 * kernel reads the columns {@code activeDims} (all by default). An optional scalar {@code scale}
 * multiplies the result inside the kernel's own operation, which is how {@code eta**2 * ExpQuad}
 * costs one pass.
 */
public abstract non-sealed class Kernel implements Covariance {
    private final String name;
    /** Columns of X; 0 for kernels that ignore X's columns (Constant, WhiteNoise). */
    protected final int inputDim;
    protected final int[] activeDims;

    protected Kernel(String name, int inputDim, int[] activeDims) {
        this.name = name;
        this.inputDim = inputDim;
        if (activeDims == null) {
            this.activeDims = new int[inputDim];
            for (int q = 0; q < inputDim; q++) this.activeDims[q] = q;
        } else {
            this.activeDims = activeDims.clone();
            for (int d : activeDims) {
                if (d < 0 || d >= inputDim) {
                    throw new IllegalArgumentException(name + ": active_dims " + Arrays.toString(activeDims)
                            + " must lie in [0, " + inputDim + ")");
                }
            }
        }
        if (inputDim > 0 && this.activeDims.length == 0) {
            throw new IllegalArgumentException(name + ": active_dims is empty");
        }
    }

    public final String name() {
        return name;
    }

    public final int inputDim() {
        return inputDim;
    }

    /** The columns of X this kernel reads. */
    public final int[] activeDims() {
        return activeDims.clone();
    }

    @Override
    public final Node full(Tape tape, Node x, Node xs) {
        return full(tape, x, xs, null);
    }

    @Override
    public final Node diag(Tape tape, Node x) {
        return diag(tape, x, null);
    }

    /** {@code scale * K(X, Xs)}; {@code scale} may be null (1), {@code xs} null (K(X, X)). */
    public abstract Node full(Tape tape, Node x, Node xs, Node scale);

    /** {@code scale *} the diagonal of K(X, X). */
    public abstract Node diag(Tape tape, Node x, Node scale);

    /** Refuses an input that is not N×inputDim. */
    protected final void checkInput(String argument, Node x) {
        if (x == null) return;
        boolean ok = (x.shape.isMatrix() || x.shape.isVector()) && (inputDim == 0 || x.shape.cols() == inputDim);
        if (!ok) {
            throw new ShapeException(name + ": " + argument + " has shape " + x.shape + "; expected (N, " + inputDim + ")");
        }
    }

    /** Refuses a hyperparameter that is neither a scalar nor one value per active dimension. */
    protected final void checkPerDimension(String argument, Node p) {
        PerDimension.check(name, argument, p, activeDims.length);
    }

    /** Refuses a hyperparameter that is not a scalar. */
    protected final void checkScalar(String argument, Node p) {
        if (p != null && p.size() != 1) {
            throw new ShapeException(name + ": " + argument + " has shape " + p.shape + "; expected a scalar");
        }
    }

    @Override
    public String toString() {
        return name + "(" + inputDim + ", active_dims=" + Arrays.toString(activeDims) + ")";
    }
}
