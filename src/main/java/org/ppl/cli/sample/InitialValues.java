package org.ppl.cli.sample;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.ppl.cli.UserError;
import org.ppl.io.DataSet;
import org.ppl.io.DataValue;
import org.ppl.io.JsonDataReader;
import org.ppl.model.Model;
import org.ppl.model.Variable;

/**
 * The {@code --init FILE.json} of a run: a value for every parameter (CmdStan-style JSON, the
 * shape of each parameter), laid out as the model's {@code unconstrain} takes them. Saved
 * deterministics in the file (a draw written out whole) are ignored; any other name is an error.
 */
public final class InitialValues {
    private InitialValues() {}

    public static double[] read(Path file, Model model) {
        DataSet data = JsonDataReader.read(file);
        List<Variable> parameters = model.variables().stream().filter(v -> v.kind() == Variable.Kind.PARAMETER).toList();
        Set<String> known = model.variables().stream().map(Variable::name).collect(Collectors.toSet());
        for (String name : data.names()) {
            if (!known.contains(name)) {
                throw data.get(name).error("not a parameter of the model; its parameters are "
                        + parameters.stream().map(Variable::name).collect(Collectors.joining(", ")));
            }
        }
        List<String> missing = new ArrayList<>();
        double[] values = new double[model.parameterSize()];
        int offset = 0;
        for (Variable p : parameters) {
            DataValue v = data.get(p.name());
            if (v == null) {
                missing.add(p.name());
            } else if (v.values().length != p.shape().size()) {
                throw v.error("has " + v.values().length + (v.values().length == 1 ? " value" : " values")
                        + ", but the parameter has shape " + p.shape() + " (" + p.shape().size() + ")");
            } else {
                System.arraycopy(v.values(), 0, values, offset, v.values().length);
            }
            offset += p.shape().size();
        }
        if (!missing.isEmpty()) {
            throw new UserError("ppl: --init " + file + ": no value for " + String.join(", ", missing)
                    + "; give every parameter, or leave out --init for random initial values");
        }
        return values;
    }
}
