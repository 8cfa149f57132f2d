package org.ppl.cli.load;

import java.util.Map;
import org.ppl.io.DataSet;

/**
 * The compiler as the command line sees it: a model's source, its data and the {@code --set}
 * values (NAME to the value's text) in, a runnable model out. Errors in the model, or a mismatch
 * with the data, are thrown as {@link org.ppl.cli.UserError} with the rendered diagnostics.
 */
@FunctionalInterface
public interface ModelCompiler {
    LoadedModel compile(ModelSource source, DataSet data, Map<String, String> settings);
}
