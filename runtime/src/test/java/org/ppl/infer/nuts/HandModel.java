package org.ppl.infer.nuts;

import java.util.ArrayList;
import java.util.List;
import org.ppl.ad.Shape;
import org.ppl.model.Model;
import org.ppl.model.Variable;

/**
 * Base of hand-written test models: one vector parameter {@code x} on the unconstrained scale,
 * identity constrain unless overridden. Subclasses give the log density and its gradient.
 */
abstract class HandModel implements Model {
    final int n;

    HandModel(int n) {
        this.n = n;
    }

    @Override
    public int dimension() {
        return n;
    }

    @Override
    public List<Variable> variables() {
        return List.of(new Variable("x", Shape.vector(n), Variable.Kind.PARAMETER));
    }

    @Override
    public List<String> unconstrainedNames() {
        List<String> names = new ArrayList<>();
        for (int i = 1; i <= n; i++) names.add("x." + i);
        return names;
    }

    @Override
    public double logDensity(double[] theta, boolean jacobian) {
        return logDensityGradient(theta, new double[n], jacobian);
    }

    @Override
    public void constrain(double[] theta, double[] out) {
        System.arraycopy(theta, 0, out, 0, n);
    }

    @Override
    public double[] unconstrain(double[] values) {
        return values.clone();
    }

    @Override
    public Model copy() {
        return this; // stateless
    }
}
