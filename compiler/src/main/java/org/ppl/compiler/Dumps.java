package org.ppl.compiler;

import org.ppl.compiler.ast.AstPrinter;
import org.ppl.compiler.ir.IrPrinter;

/** The text of {@code ppl check --dump ast|ir}: one printer per stage. */
public final class Dumps {
    /** The stages that can be dumped. */
    public enum Stage {
        AST, IR
    }

    private Dumps() {}

    /** The dump of {@code stage}, or null when the compilation did not reach it. */
    public static String dump(Stage stage, Compiler.Compilation compilation) {
        switch (stage) {
            case AST:
                return compilation.ast() == null ? null : AstPrinter.print(compilation.ast());
            default:
                return compilation.ir() == null ? null : IrPrinter.print(compilation.ir());
        }
    }
}
