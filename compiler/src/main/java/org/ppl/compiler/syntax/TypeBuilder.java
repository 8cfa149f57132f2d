package org.ppl.compiler.syntax;

import java.util.ArrayList;
import java.util.List;
import org.ppl.compiler.ast.Expr;
import org.ppl.compiler.ast.TypeExpr;
import org.ppl.compiler.diag.Diagnostics;
import org.ppl.compiler.diag.SyntaxDiagnostic;
import org.ppl.compiler.names.Suggestions;
import org.ppl.compiler.source.SourceSpan;
import org.ppl.grammar.PplParser;

/**
 * Declared types. The grammar reads any {@code NAME[sizes] [type]}; the forms are checked here so
 * a misspelt or misshapen type gets a message that names it. A malformed type is reported and
 * read as {@code real} so the later stages still see a declaration.
 */
final class TypeBuilder {
    private static final List<String> NAMES = List.of("int", "real", "vector", "matrix", "array");

    private final Spans spans;
    private final Diagnostics diagnostics;
    private final ExpressionBuilder expressions;

    TypeBuilder(Spans spans, Diagnostics diagnostics, ExpressionBuilder expressions) {
        this.spans = spans;
        this.diagnostics = diagnostics;
        this.expressions = expressions;
    }

    TypeExpr type(PplParser.TypeExprContext ctx) {
        SourceSpan span = spans.of(ctx);
        String name = ctx.NAME().getText();
        List<Expr> sizes = new ArrayList<>();
        for (PplParser.ExpressionContext e : ctx.expression()) sizes.add(expressions.expression(e));
        boolean bracketed = ctx.LBRACKET() != null;
        TypeExpr element = ctx.typeExpr() == null ? null : type(ctx.typeExpr());
        SourceSpan nameSpan = spans.of(ctx.NAME());
        switch (name) {
            case "int":
            case "real":
                if (element != null) return malformed(span, name, name + " or " + name + "[n, ...]");
                return new TypeExpr(name.equals("int") ? TypeExpr.Kind.INT : TypeExpr.Kind.REAL, sizes, null, span);
            case "vector":
                if (sizes.size() != 1 || element != null) return malformed(span, name, "vector[n]");
                return new TypeExpr(TypeExpr.Kind.VECTOR, sizes, null, span);
            case "matrix":
                if (sizes.size() != 2 || element != null) return malformed(span, name, "matrix[n, m]");
                return new TypeExpr(TypeExpr.Kind.MATRIX, sizes, null, span);
            case "array":
                if (!bracketed || element == null) return malformed(span, name, "array[k, ...] followed by the element type");
                return new TypeExpr(TypeExpr.Kind.ARRAY, sizes, element, span);
            default:
                diagnostics.report(new SyntaxDiagnostic.UnknownType(nameSpan, name, Suggestions.nearest(name, NAMES)));
                return new TypeExpr(TypeExpr.Kind.REAL, List.of(), null, span);
        }
    }

    private TypeExpr malformed(SourceSpan span, String name, String form) {
        diagnostics.report(new SyntaxDiagnostic.MalformedType(span, name, form));
        return new TypeExpr(TypeExpr.Kind.REAL, List.of(), null, span);
    }
}
