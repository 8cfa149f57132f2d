package org.ppl.compiler.syntax;

import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.tree.TerminalNode;
import org.ppl.compiler.ast.Argument;
import org.ppl.compiler.ast.Expr;
import org.ppl.compiler.ast.Program;
import org.ppl.compiler.ast.Stmt;
import org.ppl.compiler.diag.Diagnostics;
import org.ppl.compiler.diag.SyntaxDiagnostic;
import org.ppl.compiler.source.SourceFile;
import org.ppl.compiler.source.SourceSpan;
import org.ppl.grammar.PplParser;

/**
 * Parse tree to syntax tree. Statements are built here, expressions by {@link ExpressionBuilder},
 * types by {@link TypeBuilder}. The span of a compound statement is its header ({@code for i in
 * range(n):}), which is what a message about the statement as a whole points at.
 */
final class AstBuilder {
    private final SourceFile source;
    private final Spans spans;
    private final Diagnostics diagnostics;
    private final ExpressionBuilder expressions;
    private final TypeBuilder types;

    AstBuilder(SourceFile source, Diagnostics diagnostics) {
        this.source = source;
        this.spans = new Spans(source);
        this.diagnostics = diagnostics;
        this.expressions = new ExpressionBuilder(spans, diagnostics);
        this.types = new TypeBuilder(spans, diagnostics, expressions);
    }

    Program program(PplParser.ProgramContext ctx) {
        return new Program(source, statements(ctx.statement()));
    }

    private List<Stmt> statements(List<PplParser.StatementContext> contexts) {
        List<Stmt> out = new ArrayList<>();
        for (PplParser.StatementContext s : contexts) {
            out.add(s.simpleStatement() != null ? simple(s.simpleStatement()) : compound(s.compoundStatement()));
        }
        return out;
    }

    private List<Stmt> block(PplParser.BlockContext ctx) {
        if (ctx.simpleStatement() != null) return List.of(simple(ctx.simpleStatement()));
        return statements(ctx.statement());
    }

    private Stmt simple(PplParser.SimpleStatementContext ctx) {
        SourceSpan span = spans.of(ctx);
        if (ctx instanceof PplParser.DataStatementContext data) return data(data, span);
        if (ctx instanceof PplParser.SaveStatementContext save) {
            return new Stmt.Save(name(save.NAME()), expressions.expression(save.expression()), span);
        }
        if (ctx instanceof PplParser.TargetStatementContext target) {
            return new Stmt.AddTarget(expressions.expression(target.expression()), span);
        }
        if (ctx instanceof PplParser.ReturnStatementContext ret) {
            return new Stmt.Return(expressions.expression(ret.expression()), span);
        }
        return expressionStatement((PplParser.ExpressionStatementContext) ctx, span);
    }

    /** {@code a = e}, {@code a, b = e}, {@code a += e} or {@code x ~ d}: the left side is checked here. */
    private Stmt expressionStatement(PplParser.ExpressionStatementContext ctx, SourceSpan span) {
        expressions.checkCommas(ctx);
        List<Expr> left = new ArrayList<>();
        for (PplParser.ExpressionContext e : ctx.expression()) left.add(expressions.expression(e));
        PplParser.StatementTailContext tail = ctx.statementTail();
        Expr right = expressions.expression(tail.expression());
        if (tail.TILDE() != null) {
            if (left.size() > 1) diagnostics.report(new SyntaxDiagnostic.BadTarget(left.get(1).span(), SyntaxDiagnostic.BadTarget.Construct.TILDE));
            return new Stmt.Tilde(left.get(0), right, span);
        }
        List<Expr.Name> targets = new ArrayList<>();
        SyntaxDiagnostic.BadTarget.Construct construct = tail.augmentedOp() == null
                ? SyntaxDiagnostic.BadTarget.Construct.ASSIGNMENT : SyntaxDiagnostic.BadTarget.Construct.AUGMENTED;
        for (Expr e : left) {
            if (e instanceof Expr.Name n && (construct == SyntaxDiagnostic.BadTarget.Construct.ASSIGNMENT || left.size() == 1)) {
                targets.add(n);
            } else {
                diagnostics.report(new SyntaxDiagnostic.BadTarget(e.span(), construct));
                targets.add(new Expr.Name("?", e.span()));
            }
        }
        if (tail.augmentedOp() == null) return new Stmt.Assign(targets, right, span);
        return augmented(targets.get(0), tail.augmentedOp().getStart(), right, span);
    }

    /** {@code a += e} is {@code a = a + e}; the operator's span is the {@code +=}. */
    private Stmt augmented(Expr.Name target, Token op, Expr value, SourceSpan span) {
        Expr.BinaryOp kind;
        switch (op.getType()) {
            case PplParser.PLUS_ASSIGN: kind = Expr.BinaryOp.ADD; break;
            case PplParser.MINUS_ASSIGN: kind = Expr.BinaryOp.SUBTRACT; break;
            case PplParser.STAR_ASSIGN: kind = Expr.BinaryOp.MULTIPLY; break;
            default: kind = Expr.BinaryOp.DIVIDE;
        }
        Expr sum = new Expr.Binary(kind, target, value, spans.of(op), span);
        return new Stmt.Assign(List.of(target), sum, span);
    }

    private Stmt data(PplParser.DataStatementContext ctx, SourceSpan span) {
        Expr defaultValue = ctx.literal() == null ? null : literal(ctx.literal());
        Expr lower = null;
        Expr upper = null;
        PplParser.DataBoundsContext bounds = ctx.dataBounds();
        if (bounds != null) {
            expressions.checkCommas(bounds);
            for (Argument a : expressions.arguments(bounds.argument())) {
                if ("lower".equals(a.keyword()) && lower == null) lower = a.value();
                else if ("upper".equals(a.keyword()) && upper == null) upper = a.value();
                else diagnostics.report(new SyntaxDiagnostic.BadBound(a.span(), boundProblem(a)));
            }
        }
        return new Stmt.Data(name(ctx.NAME()), types.type(ctx.typeExpr()), defaultValue, lower, upper, span);
    }

    private static String boundProblem(Argument a) {
        if (a.keyword() == null) return "data bounds are written (lower=a, upper=b)";
        if (a.keyword().equals("lower") || a.keyword().equals("upper")) return "bound '" + a.keyword() + "' is given twice";
        return "unknown data bound '" + a.keyword() + "'; the bounds are lower= and upper=";
    }

    /** A literal default: a signed number, True, False, or a list of literals. */
    private Expr literal(PplParser.LiteralContext ctx) {
        SourceSpan span = spans.of(ctx);
        if (ctx.NUMBER() != null) {
            Expr number = ExpressionBuilder.number(ctx.NUMBER().getText(), spans.of(ctx.NUMBER()));
            if (ctx.sign == null) return number;
            Expr.UnaryOp op = ctx.sign.getType() == PplParser.MINUS ? Expr.UnaryOp.NEGATE : Expr.UnaryOp.PLUS;
            return new Expr.Unary(op, number, span);
        }
        if (ctx.TRUE() != null || ctx.FALSE() != null) return new Expr.BoolLiteral(ctx.TRUE() != null, span);
        expressions.checkCommas(ctx);
        List<Expr> items = new ArrayList<>();
        for (PplParser.LiteralContext item : ctx.literal()) items.add(literal(item));
        return new Expr.ListExpr(items, span);
    }

    private Stmt compound(PplParser.CompoundStatementContext ctx) {
        if (ctx instanceof PplParser.ForStatementContext f) {
            SourceSpan header = spans.between(f.FOR().getSymbol(), f.COLON().getSymbol());
            return new Stmt.For(name(f.NAME()), expressions.expression(f.expression()), block(f.block()), header);
        }
        if (ctx instanceof PplParser.IfStatementContext i) return ifStatement(i);
        PplParser.DefStatementContext def = (PplParser.DefStatementContext) ctx;
        expressions.checkCommas(def);
        SourceSpan header = spans.between(def.DEF().getSymbol(), def.COLON().getSymbol());
        List<Expr.Name> params = new ArrayList<>();
        for (int k = 1; k < def.NAME().size(); k++) params.add(name(def.NAME(k)));
        return new Stmt.Def(name(def.NAME(0)), params, block(def.block()), header);
    }

    /** {@code if a: .. elif b: .. else: ..} becomes {@code If(a, .., [If(b, .., ..)])}. */
    private Stmt ifStatement(PplParser.IfStatementContext ctx) {
        List<Stmt> otherwise = ctx.elseClause() == null ? List.of() : block(ctx.elseClause().block());
        for (int k = ctx.elifClause().size() - 1; k >= 0; k--) {
            PplParser.ElifClauseContext elif = ctx.elifClause(k);
            SourceSpan header = spans.between(elif.ELIF().getSymbol(), elif.COLON().getSymbol());
            otherwise = List.of(new Stmt.If(expressions.expression(elif.expression()), block(elif.block()), otherwise, header));
        }
        SourceSpan header = spans.between(ctx.IF().getSymbol(), ctx.COLON().getSymbol());
        return new Stmt.If(expressions.expression(ctx.expression()), block(ctx.block()), otherwise, header);
    }

    private Expr.Name name(TerminalNode n) {
        return new Expr.Name(n.getText(), spans.of(n));
    }
}
