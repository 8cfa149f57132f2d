package org.ppl.dist;

import java.util.List;

/** What every distribution of the table has: its PyMC name, parameters and support. */
abstract class NamedDistribution implements Distribution {
    private final String name;
    private final Support support;
    private final List<Parameter> parameters;
    private final String[] names;

    NamedDistribution(String name, Support support, Parameter... parameters) {
        this.name = name;
        this.support = support;
        this.parameters = List.of(parameters);
        this.names = new String[parameters.length];
        for (int j = 0; j < parameters.length; j++) names[j] = parameters[j].name();
    }

    @Override
    public final String name() {
        return name;
    }

    @Override
    public final List<Parameter> parameters() {
        return parameters;
    }

    @Override
    public final Support support() {
        return support;
    }

    final String[] parameterNames() {
        return names;
    }

    final void requireArity(int count) {
        if (count != names.length) {
            throw new IllegalArgumentException(name + " takes " + names.length + " argument"
                    + (names.length == 1 ? "" : "s") + " (" + String.join(", ", names) + "); got " + count);
        }
    }

    final void requireOutput(double[] out, org.ppl.ad.Shape shape) {
        if (out.length != shape.size()) {
            throw new IllegalArgumentException(name + ": " + out.length + " slots for a draw of shape " + shape);
        }
    }

    @Override
    public String toString() {
        return name + "(" + String.join(", ", names) + ")";
    }
}
