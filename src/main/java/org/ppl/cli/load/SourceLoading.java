package org.ppl.cli.load;

import org.ppl.cli.UserError;
import org.ppl.io.DataError;
import org.ppl.io.DataSet;

/**
 * The command line's way to a model: find the source (a bundled name or a file), read the data
 * (the {@code --data} files, or a bundled model's own), and compile with the {@code --set} values.
 */
public final class SourceLoading implements ModelLoading {
    private final ModelCompiler compiler;

    public SourceLoading(ModelCompiler compiler) {
        this.compiler = compiler;
    }

    @Override
    public LoadedModel load(ModelRequest request) {
        ModelSource source = ModelResolver.resolve(request.model());
        DataSet data;
        String description;
        try {
            DataArguments.Read read = DataArguments.read(source, request);
            data = read.data();
            description = read.description();
        } catch (DataError e) {
            throw new UserError(e.getMessage());
        }
        LoadedModel loaded = compiler.compile(source, data, ModelSettings.parse(request.settings()));
        if (!loaded.dataDescription().isEmpty() || description.isEmpty()) return loaded;
        return new LoadedModel(loaded.name(), loaded.models(), description, loaded.checkReport(), loaded.latent());
    }
}
