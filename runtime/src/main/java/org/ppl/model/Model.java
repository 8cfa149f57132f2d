package org.ppl.model;

import java.util.ArrayList;
import java.util.List;

/**
 * A differentiable log density over unconstrained parameters, as BridgeStan presents a Stan model.
 * Samplers and optimisers know nothing else of a model. An instance is used by one thread; {@link
 * #copy()} gives another for another thread (the shared structure is immutable).
 */
public interface Model {
    /** Number of unconstrained parameters. */
    int dimension();

    /** The parameters and saved deterministics, in the order of {@link #constrain}. */
    List<Variable> variables();

    /** Names of the unconstrained coordinates ({@code tau}, {@code X.1.2}; 1-based). */
    List<String> unconstrainedNames();

    /**
     * Log density at unconstrained {@code theta}, up to no constant: every term is normalised.
     * With {@code jacobian} the log |Jacobian| of the transforms is included (the density of
     * theta, for sampling); without it, the density of the constrained parameters (for MAP). A
     * point outside the support, or a numeric failure, gives negative infinity.
     */
    double logDensity(double[] theta, boolean jacobian);

    /** As {@link #logDensity}, writing the gradient with respect to theta into {@code grad}. */
    double logDensityGradient(double[] theta, double[] grad, boolean jacobian);

    /** Constrained parameters then saved deterministics, flattened row-major, into {@code out}. */
    void constrain(double[] theta, double[] out);

    /**
     * Unconstrained theta from constrained parameter values (in the order of {@link
     * #constrain}, parameters only).
     *
     * @throws IllegalArgumentException naming the parameter whose value is outside its support
     */
    double[] unconstrain(double[] values);

    /** An independent instance for another thread. */
    Model copy();

    /** Why the last evaluation gave negative infinity, if it was a numeric failure; else null. */
    default String lastFailure() {
        return null;
    }

    default double logDensity(double[] theta) {
        return logDensity(theta, true);
    }

    default double logDensityGradient(double[] theta, double[] grad) {
        return logDensityGradient(theta, grad, true);
    }

    /** Total length of {@link #constrain}'s output. */
    default int constrainedSize() {
        int n = 0;
        for (Variable v : variables()) n += v.shape().size();
        return n;
    }

    /** Number of constrained parameter values (the length {@link #unconstrain} takes). */
    default int parameterSize() {
        int n = 0;
        for (Variable v : variables()) {
            if (v.kind() == Variable.Kind.PARAMETER) n += v.shape().size();
        }
        return n;
    }

    /** Names of every element of {@link #constrain}'s output, Stan CSV style ({@code X.1.2}). */
    default List<String> constrainedNames() {
        List<String> names = new ArrayList<>();
        for (Variable v : variables()) names.addAll(v.elementNames());
        return names;
    }

    default double[] constrain(double[] theta) {
        double[] out = new double[constrainedSize()];
        constrain(theta, out);
        return out;
    }
}
