package org.ppl.ad;

/**
 * One operation of a static tape. It is constructed with its input nodes, allocates its output
 * node(s) and any scratch space once, and then runs {@link #forward()} and {@link #backward()} any
 * number of times without allocating. {@code backward()} adds to the adjoints of those inputs that
 * have one; the tape zeroes adjoints before each backward sweep.
 */
public abstract class Op {
    private final Node[] inputs;
    protected final Node out;

    /** An operation whose output is differentiable when any input is. */
    protected Op(Shape outShape, Node... inputs) {
        this(outShape, anyDifferentiable(inputs), inputs);
    }

    /**
     * An operation whose output may be declared non-differentiable (a comparison, a floor) even
     * when its inputs are; its value still changes with them unless all inputs are constant.
     */
    protected Op(Shape outShape, boolean differentiable, Node... inputs) {
        this.inputs = inputs;
        this.out = new Node(outShape, differentiable, allConstant(inputs));
    }

    protected static boolean anyDifferentiable(Node... nodes) {
        for (Node n : nodes) {
            if (n.isDifferentiable()) return true;
        }
        return false;
    }

    protected static boolean allConstant(Node... nodes) {
        for (Node n : nodes) {
            if (!n.constant) return false;
        }
        return true;
    }

    /** A further output of a multi-output operation (for example a log-Jacobian beside a value). */
    protected final Node extraOutput(Shape shape) {
        return new Node(shape, out.isDifferentiable(), out.constant);
    }

    public final Node out() {
        return out;
    }

    /** Every output node; operations with more than one override this. */
    public Node[] outputs() {
        return new Node[] {out};
    }

    public final Node[] inputs() {
        return inputs;
    }

    /** Computes the outputs from the inputs' values. May throw {@link NumericFailure}. */
    public abstract void forward();

    /** Adds the outputs' adjoints, pulled back through this operation, to the inputs' adjoints. */
    public abstract void backward();

    /** A short name for dumps of the program. */
    public String name() {
        return getClass().getSimpleName();
    }
}
