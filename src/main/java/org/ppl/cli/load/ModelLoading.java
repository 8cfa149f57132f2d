package org.ppl.cli.load;

/**
 * Turns what the command line names (a model, data, settings) into a {@link LoadedModel}. The
 * command line's one way to a model: {@link SourceLoading} reads sources and data and hands them
 * to the compiler; tests give hand-written models.
 */
@FunctionalInterface
public interface ModelLoading {
    /**
     * @throws org.ppl.cli.UserError when the model or its data cannot be read or do not check
     */
    LoadedModel load(ModelRequest request);
}
