package org.ppl.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.ppl.ad.Node;
import org.ppl.ad.NumericFailure;
import org.ppl.ad.Tape;

/**
 * A {@link Model} evaluated on a static tape. Each instance owns its tape and buffers;
 * {@link #copy()} re-runs the definition for another thread.
 */
public final class TapeModel implements Model {
    private final ModelDefinition definition;
    private final Tape tape;
    private final ModelBuilder.Parameter[] parameters;
    private final ModelBuilder.Saved[] saved;
    private final Node target;
    private final Node jacobian;
    private final int dimension;
    private final List<Variable> variables;
    private final List<String> unconstrainedNames;
    private String lastFailure;

    TapeModel(ModelDefinition definition, Tape tape, List<ModelBuilder.Parameter> parameters,
            List<ModelBuilder.Saved> saved, Node target, Node jacobian, int dimension) {
        this.definition = definition;
        this.tape = tape;
        this.parameters = parameters.toArray(new ModelBuilder.Parameter[0]);
        this.saved = saved.toArray(new ModelBuilder.Saved[0]);
        this.target = target;
        this.jacobian = jacobian;
        this.dimension = dimension;
        List<Variable> vars = new ArrayList<>();
        List<String> unc = new ArrayList<>();
        for (ModelBuilder.Parameter p : parameters) {
            vars.add(new Variable(p.name(), p.shape(), Variable.Kind.PARAMETER));
            // A transformed scalar has a free vector of one element; it keeps the scalar's name.
            org.ppl.ad.Shape freeShape = p.shape().isScalar() ? p.shape() : p.free().shape;
            unc.addAll(new Variable(p.name(), freeShape, Variable.Kind.PARAMETER).elementNames());
        }
        for (ModelBuilder.Saved s : saved) vars.add(new Variable(s.name(), s.value().shape, Variable.Kind.SAVED));
        this.variables = Collections.unmodifiableList(vars);
        this.unconstrainedNames = Collections.unmodifiableList(unc);
    }

    /** Runs {@code definition} on a fresh builder and seals the result. */
    public static TapeModel of(ModelDefinition definition) {
        ModelBuilder builder = new ModelBuilder();
        definition.define(builder);
        return builder.build(definition);
    }

    /** The tape (for dumps and tests). */
    public Tape tape() {
        return tape;
    }

    @Override
    public int dimension() {
        return dimension;
    }

    @Override
    public List<Variable> variables() {
        return variables;
    }

    @Override
    public List<String> unconstrainedNames() {
        return unconstrainedNames;
    }

    @Override
    public String lastFailure() {
        return lastFailure;
    }

    private void load(double[] theta) {
        if (theta.length != dimension) {
            throw new IllegalArgumentException("theta has " + theta.length + " elements; the model has " + dimension);
        }
        int offset = 0;
        for (ModelBuilder.Parameter p : parameters) {
            double[] v = p.free().value;
            System.arraycopy(theta, offset, v, 0, v.length);
            offset += v.length;
        }
    }

    /** Runs the forward sweep; false (with {@link #lastFailure} set) on a numeric failure. */
    private boolean evaluate(double[] theta) {
        load(theta);
        lastFailure = null;
        try {
            tape.forward();
            return true;
        } catch (NumericFailure e) {
            lastFailure = e.getMessage();
            return false;
        }
    }

    private double total(boolean withJacobian) {
        double lp = target.value[0] + (withJacobian ? jacobian.value[0] : 0.0);
        if (Double.isNaN(lp)) {
            if (lastFailure == null) lastFailure = "the log density is NaN";
            return Double.NEGATIVE_INFINITY;
        }
        return lp;
    }

    @Override
    public double logDensity(double[] theta, boolean withJacobian) {
        if (!evaluate(theta)) return Double.NEGATIVE_INFINITY;
        return total(withJacobian);
    }

    @Override
    public double logDensityGradient(double[] theta, double[] grad, boolean withJacobian) {
        if (!evaluate(theta)) return Double.NEGATIVE_INFINITY;
        double lp = total(withJacobian);
        tape.zeroAdjoints();
        if (target.adjoint != null) target.adjoint[0] = 1.0;
        if (jacobian.adjoint != null) jacobian.adjoint[0] = withJacobian ? 1.0 : 0.0;
        tape.backward();
        int offset = 0;
        for (ModelBuilder.Parameter p : parameters) {
            double[] g = p.free().adjoint;
            System.arraycopy(g, 0, grad, offset, g.length);
            offset += g.length;
        }
        return lp;
    }

    @Override
    public void constrain(double[] theta, double[] out) {
        int offset = 0;
        if (!evaluate(theta)) {
            java.util.Arrays.fill(out, Double.NaN);
            return;
        }
        for (ModelBuilder.Parameter p : parameters) {
            System.arraycopy(p.value().value, 0, out, offset, p.value().size());
            offset += p.value().size();
        }
        for (ModelBuilder.Saved s : saved) {
            System.arraycopy(s.value().value, 0, out, offset, s.value().size());
            offset += s.value().size();
        }
    }

    @Override
    public double[] unconstrain(double[] values) {
        double[] theta = new double[dimension];
        int in = 0;
        int offset = 0;
        for (ModelBuilder.Parameter p : parameters) {
            int n = p.shape().size();
            double[] constrained = new double[n];
            System.arraycopy(values, in, constrained, 0, n);
            double[] free = p.free().value;
            if (p.transform() == null) {
                System.arraycopy(constrained, 0, free, 0, n);
            } else {
                // Bounds may depend on earlier parameters, whose free values are already loaded.
                try {
                    tape.forwardPrefix(p.transformIndex());
                } catch (NumericFailure e) {
                    throw new IllegalArgumentException("cannot compute the bounds of " + p.name() + ": " + e.getMessage());
                }
                try {
                    p.transform().inverse(constrained, free);
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException(p.name() + ": " + e.getMessage(), e);
                }
            }
            System.arraycopy(free, 0, theta, offset, free.length);
            in += n;
            offset += free.length;
        }
        return theta;
    }

    @Override
    public Model copy() {
        return of(definition);
    }
}
