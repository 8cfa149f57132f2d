package org.ppl.compiler.ast;

import java.util.List;
import org.ppl.compiler.source.SourceSpan;

/** A statement of the model language, as written. */
public sealed interface Stmt {
    SourceSpan span();

    /** {@code data NAME: TYPE [= default] [(lower=.., upper=..)]}; absent parts are null. */
    record Data(Expr.Name name, TypeExpr type, Expr defaultValue, Expr lower, Expr upper, SourceSpan span)
            implements Stmt {}

    /** {@code target ~ distribution}: a prior for a new name, or an observed term. */
    record Tilde(Expr target, Expr distribution, SourceSpan span) implements Stmt {}

    /** {@code a = e} or {@code a, b = e} (unpacking a tuple); {@code a += e} is built as {@code a = a + e}. */
    record Assign(List<Expr.Name> targets, Expr value, SourceSpan span) implements Stmt {}

    record Save(Expr.Name name, Expr value, SourceSpan span) implements Stmt {}

    /** {@code target += e}. */
    record AddTarget(Expr value, SourceSpan span) implements Stmt {}

    record Return(Expr value, SourceSpan span) implements Stmt {}

    /** {@code for variable in range(...):}; {@code range} is the call as written. */
    record For(Expr.Name variable, Expr range, List<Stmt> body, SourceSpan span) implements Stmt {}

    /** {@code if} with its {@code elif}s nested as an {@code If} alone in {@code otherwise}. */
    record If(Expr condition, List<Stmt> then, List<Stmt> otherwise, SourceSpan span) implements Stmt {}

    record Def(Expr.Name name, List<Expr.Name> parameters, List<Stmt> body, SourceSpan span) implements Stmt {}
}
