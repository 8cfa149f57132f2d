package org.ppl.compiler;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.ppl.compiler.bind.BoundData;
import org.ppl.compiler.bind.DataBinder;
import org.ppl.compiler.diag.Diagnostic;
import org.ppl.compiler.diag.Diagnostics;
import org.ppl.compiler.ir.IrExpr;
import org.ppl.compiler.ir.IrProgram;
import org.ppl.compiler.ir.IrStmt;
import org.ppl.compiler.lower.CompiledModel;
import org.ppl.compiler.lower.LoweringError;
import org.ppl.compiler.names.Symbol;
import org.ppl.compiler.source.SourceFile;
import org.ppl.io.DataSet;

/**
 * What the command line calls: a model's text and data in, a {@link LoadedModel} or the rendered
 * located errors out.
 *
 * <pre>
 * text ─compile─▶ IR ─bind (data, --set)─▶ bound data ─lower (a first build)─▶ LoadedModel
 * </pre>
 *
 * Every user error of a stage is reported (all of them, sorted by position) and stops before the
 * next stage. A first model is built while loading, so errors that only numbers reveal (sizes that
 * differ, a computation on data that fails) come out here, located, and never from a sampler.
 */
public final class ModelLoader {
    private ModelLoader() {}

    /** A value, or the diagnostics that prevented it (then {@code value} is null). */
    public record Result<T>(T value, List<Diagnostic> diagnostics) {
        public boolean succeeded() {
            return value != null;
        }

        /** The diagnostics rendered for a person (file:line:col, the line, a caret), separated by blank lines. */
        public String errors() {
            Diagnostics d = new Diagnostics();
            diagnostics.forEach(d::report);
            return d.render();
        }
    }

    /**
     * Compiles {@code source}, binds it to {@code data} and the {@code --set} {@code overrides}
     * (NAME to the VALUE text), and builds it once.
     *
     * @param fileName the name errors show ({@code gplvm.ppl}); the model's name is it without {@code .ppl}
     */
    public static Result<LoadedModel> load(String source, String fileName, DataSet data, Map<String, String> overrides) {
        Diagnostics diagnostics = new Diagnostics();
        Compiler.Compilation compilation = Compiler.compile(new SourceFile(fileName, source), diagnostics);
        if (!compilation.succeeded()) return failed(diagnostics);
        IrProgram ir = compilation.ir();
        BoundData bound = DataBinder.bind(ir, data, overrides, diagnostics);
        if (bound == null) return failed(diagnostics);
        CompiledModel definition = new CompiledModel(ir, bound);
        CompiledModel.Instance first;
        try {
            first = definition.instantiate();
        } catch (LoweringError e) {
            diagnostics.report(e.diagnostic());
            return failed(diagnostics);
        }
        String name = modelName(fileName);
        ModelReport report = ReportBuilder.bound(name, ir, bound, first.model(), first.lowered());
        return new Result<>(new LoadedModel(name, definition, report, latentInputs(ir, bound)), List.of());
    }

    /** Checks {@code source} without data: every size stays a name; a report or the errors. */
    public static Result<ModelReport> check(String source, String fileName) {
        Diagnostics diagnostics = new Diagnostics();
        Compiler.Compilation compilation = Compiler.compile(new SourceFile(fileName, source), diagnostics);
        if (!compilation.succeeded()) return failed(diagnostics);
        return new Result<>(ReportBuilder.symbolic(modelName(fileName), compilation.ir()), List.of());
    }

    private static <T> Result<T> failed(Diagnostics diagnostics) {
        return new Result<>(null, diagnostics.sorted());
    }

    /** {@code models/gplvm/gplvm.ppl} → {@code gplvm}. */
    static String modelName(String fileName) {
        String base = fileName.replace('\\', '/');
        base = base.substring(base.lastIndexOf('/') + 1);
        return base.endsWith(".ppl") ? base.substring(0, base.length() - 4) : base;
    }

    /** GP marginal likelihoods observing data over inputs that are a parameter (GP-LVM's X and Y). */
    static List<LatentInput> latentInputs(IrProgram ir, BoundData bound) {
        List<LatentInput> found = new ArrayList<>();
        collect(ir.body(), bound, found);
        return found;
    }

    private static void collect(List<IrStmt> body, BoundData bound, List<LatentInput> found) {
        for (IrStmt s : body) {
            if (s instanceof IrStmt.Loop l) collect(l.body(), bound, found);
            if (s instanceof IrStmt.Branch b) {
                collect(b.then(), bound, found);
                collect(b.otherwise(), bound, found);
            }
            if (!(s instanceof IrStmt.Observe o && o.distribution() instanceof IrExpr.GpMarginalLikelihood ml)) continue;
            if (ml.x() instanceof IrExpr.Ref x && x.symbol().kind() == Symbol.Kind.PARAMETER
                    && o.value() instanceof IrExpr.Ref y && y.symbol().kind() == Symbol.Kind.DATA) {
                BoundData.Item item = bound.items().get(y.symbol());
                int rows = item.shape().dim(0);
                LatentInput input = new LatentInput(x.symbol().name(), y.symbol().name(), item.values(), rows, item.values().length / Math.max(rows, 1));
                if (!found.contains(input)) found.add(input);
            }
        }
    }
}
