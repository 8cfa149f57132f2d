package org.ppl.cli.check;

import java.io.PrintWriter;
import org.ppl.cli.BundledModels;
import org.ppl.cli.CliEnvironment;
import org.ppl.cli.UserError;
import org.ppl.cli.load.LoadedModel;
import org.ppl.cli.load.ModelRequest;
import org.ppl.cli.load.ModelResolver;
import org.ppl.cli.load.ModelSource;
import org.ppl.compiler.Compiler;
import org.ppl.compiler.Dumps;
import org.ppl.compiler.ModelLoader;
import org.ppl.compiler.ModelReport;
import org.ppl.compiler.diag.Diagnostics;
import org.ppl.compiler.source.SourceFile;
import org.ppl.model.Model;
import org.ppl.model.Variable;

/**
 * What {@code ppl check} does: with data, load the model as every other command does (bind and
 * build) and print the compiler's report; without data, check the source alone with its sizes kept
 * as names; or print one stage of the compiler. Errors are the compiler's located diagnostics.
 */
final class CheckRunner {
    private final CliEnvironment environment;
    private final PrintWriter out;

    CheckRunner(CliEnvironment environment, PrintWriter out) {
        this.environment = environment;
        this.out = out;
    }

    /** Prints the report: bound and built when there are data to bind, else symbolic. */
    void report(ModelRequest request) {
        if (hasData(request)) {
            LoadedModel loaded = environment.models().load(request);
            out.print(loaded.checkReport().orElseGet(() -> variables(loaded)));
        } else {
            ModelSource source = ModelResolver.resolve(request.model());
            ModelLoader.Result<ModelReport> result = ModelLoader.check(source.text(), source.origin());
            if (!result.succeeded()) throw new UserError(result.errors().stripTrailing());
            out.print(result.value().render());
            out.println("\nsizes are shown by name: give the data (--data) to bind them and build the model");
        }
        out.flush();
    }

    /** Prints {@code stage} of the compilation; errors (after the stage is printed, if it was reached) fail the check. */
    void dump(ModelRequest request, Dumps.Stage stage) {
        ModelSource source = ModelResolver.resolve(request.model());
        Diagnostics diagnostics = new Diagnostics();
        Compiler.Compilation compilation = Compiler.compile(new SourceFile(source.origin(), source.text()), diagnostics);
        String text = Dumps.dump(stage, compilation);
        if (text != null) {
            out.print(text);
            if (!text.endsWith("\n")) out.println();
            out.flush();
        }
        if (diagnostics.hasErrors()) throw new UserError(diagnostics.render().stripTrailing());
    }

    /** Data given on the command line, or a bundled model's own. */
    private static boolean hasData(ModelRequest request) {
        return !request.data().isEmpty() || !request.settings().isEmpty() || BundledModels.isBundledName(request.model());
    }

    /** A model without a compiler report (written in Java): its variables and dimension. */
    private static String variables(LoadedModel loaded) {
        Model model = loaded.newModel();
        StringBuilder sb = new StringBuilder("model ").append(loaded.name()).append("\n\nparameters (")
                .append(model.dimension()).append(" unconstrained values)\n");
        for (Variable v : model.variables()) {
            if (v.kind() == Variable.Kind.PARAMETER) sb.append("  ").append(v.name()).append("  ").append(v.shape()).append('\n');
        }
        sb.append("\nsaved\n");
        for (Variable v : model.variables()) {
            if (v.kind() == Variable.Kind.SAVED) sb.append("  ").append(v.name()).append("  ").append(v.shape()).append('\n');
        }
        return sb.toString();
    }
}
