package org.ppl.cli.predict;

import java.util.ArrayList;
import java.util.List;
import org.ppl.cli.UserError;
import org.ppl.cli.load.DataArguments;
import org.ppl.cli.load.ModelRequest;
import org.ppl.cli.load.ModelResolver;
import org.ppl.cli.load.ModelSettings;
import org.ppl.cli.load.ModelSource;
import org.ppl.compiler.LoadedModel;
import org.ppl.compiler.ModelLoader;
import org.ppl.compiler.diag.DataDiagnostic;
import org.ppl.compiler.diag.Diagnostic;
import org.ppl.io.DataError;
import org.ppl.io.DataSet;

/**
 * Loads a model for the predictive step through the language's compiler (the step runs the
 * compiled program, not only its log density). The {@code --data} arguments are read in order,
 * each value replacing one of the same name read before it, on top of a bundled model's own data:
 * so new inputs for a GP's {@code conditional} can follow the data the draws were made with.
 */
final class PredictLoading {
    private PredictLoading() {}

    /** The model, or a {@link UserError}: one line for data that are missing, else the located diagnostics. */
    static LoadedModel load(ModelRequest request) {
        ModelSource source = ModelResolver.resolve(request.model());
        DataSet data = data(source, request);
        ModelLoader.Result<LoadedModel> result = ModelLoader.load(source.text(), source.origin(), data,
                ModelSettings.parse(request.settings()));
        if (result.succeeded()) return result.value();
        List<String> missing = new ArrayList<>();
        for (Diagnostic d : result.diagnostics()) {
            if (d instanceof DataDiagnostic.Missing m) missing.add("'" + m.name() + "' (`" + m.declaration() + "` at " + m.span() + ")");
        }
        if (!missing.isEmpty() && missing.size() == result.diagnostics().size()) {
            throw new UserError("ppl: the model declares data that were not given: " + String.join(", ", missing)
                    + "; give them with --data (new inputs of a conditional or a prediction too, as --data NAME=FILE.csv)");
        }
        throw new UserError(result.errors().stripTrailing());
    }

    private static DataSet data(ModelSource source, ModelRequest request) {
        try {
            DataSet data = source.bundled()
                    ? DataArguments.read(source, new ModelRequest(request.model(), List.of(), List.of(), false)).data()
                    : DataSet.empty();
            for (String argument : request.data()) {
                for (var value : DataArguments.argument(argument, request).values()) data = data.with(value);
            }
            return data;
        } catch (DataError e) {
            throw new UserError(e.getMessage());
        }
    }
}
