package org.ppl.compiler.bind;

import java.util.List;
import org.ppl.compiler.ir.IrProgram;
import org.ppl.compiler.ir.IrStmt;
import org.ppl.compiler.names.Suggestions;
import org.ppl.compiler.names.Symbol;

/** Why a {@code --set NAME=...} names no data item of the model. */
final class OverrideProblems {
    private OverrideProblems() {}

    static String unknownName(String name, IrProgram ir, List<String> dataNames) {
        for (IrStmt.Sample s : ir.parameters()) {
            if (s.parameter().name().equals(name)) {
                return "'" + name + "' is a parameter of the model, not data; --set gives values to data items";
            }
        }
        for (Symbol s : ir.sizes()) {
            if (s.name().equals(name)) {
                return "'" + name + "' is a size the model takes from the shape of the data; it cannot be set";
            }
        }
        String nearest = Suggestions.nearest(name, dataNames);
        if (dataNames.isEmpty()) return "the model declares no data item '" + name + "' (it has no data)";
        return "the model declares no data item '" + name + "'" + (nearest == null ? "" : "; did you mean '" + nearest + "'?");
    }
}
