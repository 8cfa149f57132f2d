package org.ppl.infer.vi;

import java.util.ArrayList;
import java.util.List;
import org.ppl.ad.Shape;
import org.ppl.model.Model;
import org.ppl.model.Variable;

/**
 * A model written directly in Java for tests: one vector parameter {@code theta} of the given
 * dimension, unconstrained unless a subclass overrides {@link #constrain} and {@link
 * #unconstrain}. Stateless, so {@link #copy()} returns itself.
 */
public abstract class HandWrittenModel implements Model {
    private final int dimension;
    private final List<Variable> variables;
    private final List<String> names;

    protected HandWrittenModel(int dimension) {
        this.dimension = dimension;
        this.variables = List.of(new Variable("theta", Shape.vector(dimension), Variable.Kind.PARAMETER));
        List<String> n = new ArrayList<>();
        for (int i = 1; i <= dimension; i++) n.add("theta." + i);
        this.names = List.copyOf(n);
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
        return names;
    }

    @Override
    public double logDensity(double[] theta, boolean jacobian) {
        return logDensityGradient(theta, new double[dimension], jacobian);
    }

    @Override
    public void constrain(double[] theta, double[] out) {
        System.arraycopy(theta, 0, out, 0, dimension);
    }

    @Override
    public double[] unconstrain(double[] values) {
        return values.clone();
    }

    @Override
    public Model copy() {
        return this;
    }
}
