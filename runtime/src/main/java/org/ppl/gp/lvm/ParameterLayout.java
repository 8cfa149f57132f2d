package org.ppl.gp.lvm;

import org.ppl.model.Model;
import org.ppl.model.Variable;

/**
 * Where a named parameter sits in a model's constrained values ({@link Model#constrain}, parameters
 * first, in the order of {@link Model#variables}).
 *
 * @param name the parameter
 * @param offset its first element in the constrained values
 * @param rows its rows (1 for a scalar)
 * @param cols its columns (1 for a scalar or vector)
 */
record ParameterLayout(String name, int offset, int rows, int cols) {

    /** The layout of parameter {@code name} of {@code model}, or null if the model has no such parameter. */
    static ParameterLayout of(Model model, String name) {
        int offset = 0;
        for (Variable v : model.variables()) {
            if (v.kind() == Variable.Kind.PARAMETER && v.name().equals(name)) {
                return new ParameterLayout(name, offset, v.shape().rows(), v.shape().cols());
            }
            offset += v.shape().size();
        }
        return null;
    }

    int size() {
        return rows * cols;
    }

    /** This parameter's values out of the constrained values of the model. */
    double[] slice(double[] constrained) {
        double[] v = new double[size()];
        System.arraycopy(constrained, offset, v, 0, size());
        return v;
    }

    /** The single value of a scalar parameter. */
    double scalar(double[] constrained) {
        if (size() != 1) throw new IllegalArgumentException(name + " is not a scalar: it has " + size() + " values");
        return constrained[offset];
    }
}
