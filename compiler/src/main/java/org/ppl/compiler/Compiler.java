package org.ppl.compiler;

import java.util.Optional;
import org.ppl.compiler.ast.Program;
import org.ppl.compiler.check.TypeChecker;
import org.ppl.compiler.diag.Diagnostics;
import org.ppl.compiler.inline.Inliner;
import org.ppl.compiler.ir.IrProgram;
import org.ppl.compiler.names.NameResolver;
import org.ppl.compiler.names.Resolution;
import org.ppl.compiler.roles.RoleChecker;
import org.ppl.compiler.roles.Roles;
import org.ppl.compiler.source.SourceFile;
import org.ppl.compiler.syntax.ModelParser;

/**
 * The compiler's driver: every stage in order, each a small pass with a typed input and output.
 *
 * <pre>
 * text ─parse─▶ AST ─names─▶ Resolution ─inline─▶ AST without calls ─roles─▶ Roles ─types─▶ typed IR
 * </pre>
 *
 * Syntax errors stop the compilation after parsing (later stages would only echo them); after
 * that every stage runs, so all the errors of a file are reported together. Passes report into
 * the collector given and never print.
 */
public final class Compiler {
    private Compiler() {}

    /** What the stages produced; a stage not reached (after syntax errors) is null, and so is the IR of a program with errors. */
    public record Compilation(Program ast, Resolution resolution, Program inlined, Roles roles, IrProgram ir) {
        public boolean succeeded() {
            return ir != null;
        }
    }

    public static Compilation compile(SourceFile source, Diagnostics diagnostics) {
        int before = diagnostics.count();
        Optional<Program> parsed = ModelParser.parse(source, diagnostics);
        if (parsed.isEmpty() || diagnostics.count() > before) return new Compilation(parsed.orElse(null), null, null, null, null);
        Program ast = parsed.get();
        Resolution resolution = NameResolver.resolve(ast, diagnostics);
        Program inlined = Inliner.inline(ast, resolution, diagnostics);
        Roles roles = RoleChecker.check(inlined, resolution, diagnostics);
        IrProgram ir = TypeChecker.check(inlined, resolution, roles, diagnostics);
        boolean clean = diagnostics.count() == before;
        return new Compilation(ast, resolution, inlined, roles, clean ? ir : null);
    }
}
