package org.ppl.cli.load;

import java.util.Map;
import java.util.Optional;
import org.ppl.cli.UserError;
import org.ppl.compiler.ModelLoader;
import org.ppl.io.DataSet;

/** The {@link ModelCompiler} of the command line: the language's compiler, binding and lowering. */
public final class LanguageCompiler implements ModelCompiler {
    @Override
    public LoadedModel compile(ModelSource source, DataSet data, Map<String, String> settings) {
        ModelLoader.Result<org.ppl.compiler.LoadedModel> result =
                ModelLoader.load(source.text(), source.origin(), data, settings);
        if (!result.succeeded()) throw new UserError(result.errors().stripTrailing());
        org.ppl.compiler.LoadedModel compiled = result.value();
        return new LoadedModel(source.name(), compiled::newModel, "", Optional.of(compiled.report().render()),
                compiled.latentInputs().stream().findFirst());
    }
}
