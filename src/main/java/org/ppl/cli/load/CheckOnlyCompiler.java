package org.ppl.cli.load;

import org.ppl.cli.UserError;
import org.ppl.compiler.Compiler;
import org.ppl.compiler.diag.Diagnostics;
import org.ppl.compiler.source.SourceFile;
import org.ppl.io.DataSet;

/**
 * The compiler's front end (parse, names, roles, shapes) without the lowering to a runtime
 * model, which this build does not have: a model with errors is reported with its diagnostics, a
 * model without errors is reported as checked but not runnable. {@link SourceLoading} takes the
 * full compiler in its place once lowering and data binding exist.
 */
public final class CheckOnlyCompiler implements ModelCompiler {
    @Override
    public LoadedModel compile(ModelSource source, DataSet data) {
        Diagnostics diagnostics = new Diagnostics();
        Compiler.compile(new SourceFile(source.origin(), source.text()), diagnostics);
        if (diagnostics.hasErrors()) throw new UserError(diagnostics.render().stripTrailing());
        throw new UserError("ppl: " + source.origin() + " has no errors, but this build of ppl cannot run .ppl models: "
                + "it lacks the compiler's lowering to the runtime. Models written in Java against the runtime run "
                + "through the library API.");
    }
}
