package org.ppl.ad;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A static program: operations recorded once, in order, then evaluated by {@link #forward()} and
 * differentiated by {@link #backward()} as often as needed without allocating. An operation whose
 * inputs are all constants is evaluated once when pushed and left off the program (its output is a
 * constant), so computations on data cost nothing per evaluation.
 *
 * <p>A tape is not thread-safe; each chain builds its own.
 */
public final class Tape {
    private final List<Op> recorded = new ArrayList<>();
    private final List<Node> differentiable = new ArrayList<>();
    private Op[] program = new Op[0];
    private Op[] reverse = new Op[0];
    private double[][] adjoints = new double[0][];
    private boolean sealed;

    /** A constant holding a copy of {@code values}. */
    public Node constant(Shape shape, double... values) {
        return new Node(shape, values.clone(), false, true);
    }

    public Node constant(double value) {
        return new Node(Shape.SCALAR, new double[] {value}, false, true);
    }

    /** An independent variable: its value is set from outside, its adjoint read after backward. */
    public Node variable(Shape shape) {
        requireOpen();
        Node n = new Node(shape, true, false);
        differentiable.add(n);
        return n;
    }

    /**
     * Records an operation and returns its (first) output. An operation on constants only is
     * evaluated now and not recorded. An operation with a non-differentiable output still runs
     * each time when its inputs vary.
     */
    public Node push(Op op) {
        requireOpen();
        if (op.out().constant) {
            op.forward();
            return op.out();
        }
        recorded.add(op);
        for (Node n : op.outputs()) {
            if (n.isDifferentiable()) differentiable.add(n);
        }
        return op.out();
    }

    /** Ends recording; later pushes are refused. Called by the first evaluation if not before. */
    public void seal() {
        if (sealed) return;
        sealed = true;
        program = recorded.toArray(new Op[0]);
        // Operations with no differentiable output (comparisons on parameters) take no part in backward.
        List<Op> withGradient = new ArrayList<>();
        for (Op op : recorded) {
            for (Node n : op.outputs()) {
                if (n.isDifferentiable()) {
                    withGradient.add(op);
                    break;
                }
            }
        }
        reverse = withGradient.toArray(new Op[0]);
        adjoints = new double[differentiable.size()][];
        for (int i = 0; i < adjoints.length; i++) adjoints[i] = differentiable.get(i).adjoint;
    }

    private void requireOpen() {
        if (sealed) throw new IllegalStateException("the tape is sealed");
    }

    /** Evaluates every operation in order. May throw {@link NumericFailure}. */
    public void forward() {
        seal();
        for (Op op : program) op.forward();
    }

    /** Evaluates the first {@code count} recorded operations only. */
    public void forwardPrefix(int count) {
        seal();
        for (int i = 0; i < count; i++) program[i].forward();
    }

    /** Sets every adjoint to zero; call before seeding the outputs' adjoints. */
    public void zeroAdjoints() {
        seal();
        for (double[] a : adjoints) Arrays.fill(a, 0.0);
    }

    /** Pulls the seeded adjoints back through the program, in reverse order. */
    public void backward() {
        for (int i = reverse.length - 1; i >= 0; i--) reverse[i].backward();
    }

    /** The recorded operations, in order (for dumps and tests). */
    public List<Op> operations() {
        return List.copyOf(recorded);
    }
}
