package org.ppl.compiler.names;

import org.ppl.compiler.ast.Stmt;
import org.ppl.compiler.source.SourceSpan;

/**
 * One named thing of a program: a datum, a size, a parameter, a local... Compared by identity: a
 * local reassigned in a loop is one symbol; two locals with the same name in two functions are two.
 */
public final class Symbol {
    /** What a name stands for. */
    public enum Kind {
        /** A size taken from a data shape ({@code N} in {@code matrix[N, P]}): an integer constant. */
        SIZE("a size"),
        DATA("data"),
        PARAMETER("a parameter"),
        /** A value saved with every draw ({@code save}). */
        SAVED("a saved value"),
        LOCAL("a local value"),
        LOOP_VARIABLE("a loop variable"),
        FUNCTION("a function"),
        /** A parameter of a user function. */
        ARGUMENT("a function argument"),
        BUILTIN("a built-in function"),
        DISTRIBUTION("a distribution"),
        /** {@code gp}. */
        NAMESPACE("a namespace");

        public final String description;

        Kind(String description) {
            this.description = description;
        }
    }

    private final String name;
    private final Kind kind;
    private final SourceSpan span;
    private final Stmt declaration;

    /**
     * @param span where the name is defined (null for built-ins)
     * @param declaration the statement that defines it (null for built-ins and sizes)
     */
    public Symbol(String name, Kind kind, SourceSpan span, Stmt declaration) {
        this.name = name;
        this.kind = kind;
        this.span = span;
        this.declaration = declaration;
    }

    public String name() {
        return name;
    }

    public Kind kind() {
        return kind;
    }

    public SourceSpan span() {
        return span;
    }

    public Stmt declaration() {
        return declaration;
    }

    /** A value the user may reassign: a local or a function argument. */
    public boolean isReassignable() {
        return kind == Kind.LOCAL || kind == Kind.ARGUMENT;
    }

    @Override
    public String toString() {
        return name;
    }
}
