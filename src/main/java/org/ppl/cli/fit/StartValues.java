package org.ppl.cli.fit;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.ppl.cli.UserError;
import org.ppl.io.DataSet;
import org.ppl.io.DataValue;
import org.ppl.io.JsonDataReader;
import org.ppl.io.stancsv.StanCsvFile;
import org.ppl.io.stancsv.StanCsvReader;
import org.ppl.model.Model;
import org.ppl.model.Variable;

/**
 * The {@code --init FILE} of a fit: values of some or all parameters, by name, from CmdStan-style
 * JSON or from the draws of an earlier run ({@code draws.csv} of a fit, or a chain's Stan CSV, whose
 * columns are averaged; for a MAP run that is its point). Parameters the file does not have start
 * as they would without it; values of other names (saved quantities, parameters of another model,
 * such as a sparse GP-LVM's inducing inputs) are left out, so one model's fit can warm-start
 * another's.
 */
final class StartValues {
    private StartValues() {}

    /** The values of {@code model}'s parameters found in {@code file}, by name (constrained). */
    static Map<String, double[]> read(Path file, Model model) {
        if (!Files.isRegularFile(file)) throw new UserError("ppl: --init " + file + ": no such file");
        Map<String, double[]> found = new LinkedHashMap<>();
        if (file.toString().endsWith(".json")) {
            DataSet data = JsonDataReader.read(file);
            for (Variable p : parameters(model)) {
                DataValue v = data.get(p.name());
                if (v == null) continue;
                if (v.values().length != p.shape().size()) {
                    throw v.error("has " + v.values().length + " values, but the parameter has shape " + p.shape());
                }
                found.put(p.name(), v.values().clone());
            }
        } else {
            StanCsvFile draws;
            try {
                draws = StanCsvReader.read(file);
            } catch (java.io.IOException | IllegalArgumentException e) {
                throw new UserError("ppl: --init " + file + ": not a CSV file of draws (" + e.getMessage() + ")");
            }
            if (draws.draws().length == 0) throw new UserError("ppl: --init " + file + ": the file has no draws");
            for (Variable p : parameters(model)) {
                String[] names = p.elementNames().toArray(new String[0]);
                if (!draws.columns().containsAll(java.util.List.of(names))) continue;
                double[] values = new double[names.length];
                for (int k = 0; k < names.length; k++) values[k] = mean(draws.column(names[k]));
                found.put(p.name(), values);
            }
        }
        if (found.isEmpty()) {
            throw new UserError("ppl: --init " + file + ": the file has no values of the model's parameters ("
                    + String.join(", ", parameters(model).stream().map(Variable::name).toList()) + ")");
        }
        return found;
    }

    private static java.util.List<Variable> parameters(Model model) {
        return model.variables().stream().filter(v -> v.kind() == Variable.Kind.PARAMETER).toList();
    }

    private static double mean(double[] column) {
        double s = 0;
        for (double v : column) s += v;
        return s / column.length;
    }
}
