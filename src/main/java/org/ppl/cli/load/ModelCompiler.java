package org.ppl.cli.load;

import org.ppl.io.DataSet;

/**
 * The compiler as the command line sees it: a model's source and its data (with {@code --set}
 * values applied) in, a runnable model out. Errors in the model or a mismatch with the data are
 * thrown as {@link org.ppl.cli.UserError} with the rendered diagnostics as the message.
 */
@FunctionalInterface
public interface ModelCompiler {
    LoadedModel compile(ModelSource source, DataSet data);
}
