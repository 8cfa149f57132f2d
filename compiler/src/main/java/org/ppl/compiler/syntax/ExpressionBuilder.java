package org.ppl.compiler.syntax;

import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.tree.TerminalNode;
import org.ppl.compiler.ast.Argument;
import org.ppl.compiler.ast.Expr;
import org.ppl.compiler.ast.Subscript;
import org.ppl.compiler.diag.Diagnostics;
import org.ppl.compiler.diag.SyntaxDiagnostic;
import org.ppl.compiler.source.SourceSpan;
import org.ppl.grammar.PplParser;

/** Expressions of the parse tree to {@link Expr} nodes (operator chains folded to the left). */
final class ExpressionBuilder {
    private final Spans spans;
    private final Diagnostics diagnostics;

    ExpressionBuilder(Spans spans, Diagnostics diagnostics) {
        this.spans = spans;
        this.diagnostics = diagnostics;
    }

    Expr expression(PplParser.ExpressionContext ctx) {
        Expr left = and(ctx.andExpr(0));
        for (int i = 1; i < ctx.andExpr().size(); i++) {
            left = binary(Expr.BinaryOp.OR, left, and(ctx.andExpr(i)), ctx.OR(i - 1).getSymbol());
        }
        return left;
    }

    private Expr and(PplParser.AndExprContext ctx) {
        Expr left = not(ctx.notExpr(0));
        for (int i = 1; i < ctx.notExpr().size(); i++) {
            left = binary(Expr.BinaryOp.AND, left, not(ctx.notExpr(i)), ctx.AND(i - 1).getSymbol());
        }
        return left;
    }

    private Expr not(PplParser.NotExprContext ctx) {
        if (ctx.NOT() == null) return comparison(ctx.comparison());
        return new Expr.Unary(Expr.UnaryOp.NOT, not(ctx.notExpr()), spans.of(ctx));
    }

    private Expr comparison(PplParser.ComparisonContext ctx) {
        Expr left = arith(ctx.arith(0));
        if (ctx.compareOp().size() > 1) {
            diagnostics.report(new SyntaxDiagnostic.ChainedComparison(spans.of(ctx.compareOp(1))));
        }
        if (ctx.compareOp().isEmpty()) return left;
        PplParser.CompareOpContext op = ctx.compareOp(0);
        return binary(comparisonOp(op.getStart().getType()), left, arith(ctx.arith(1)), op.getStart());
    }

    private static Expr.BinaryOp comparisonOp(int type) {
        switch (type) {
            case PplParser.LT: return Expr.BinaryOp.LESS;
            case PplParser.LE: return Expr.BinaryOp.LESS_EQUAL;
            case PplParser.GT: return Expr.BinaryOp.GREATER;
            case PplParser.GE: return Expr.BinaryOp.GREATER_EQUAL;
            case PplParser.EQ: return Expr.BinaryOp.EQUAL;
            default: return Expr.BinaryOp.NOT_EQUAL;
        }
    }

    private Expr arith(PplParser.ArithContext ctx) {
        Expr left = term(ctx.term(0));
        for (int i = 1; i < ctx.term().size(); i++) {
            Token op = ctx.addOp(i - 1).getStart();
            Expr.BinaryOp kind = op.getType() == PplParser.PLUS ? Expr.BinaryOp.ADD : Expr.BinaryOp.SUBTRACT;
            left = binary(kind, left, term(ctx.term(i)), op);
        }
        return left;
    }

    private Expr term(PplParser.TermContext ctx) {
        Expr left = factor(ctx.factor(0));
        for (int i = 1; i < ctx.factor().size(); i++) {
            Token op = ctx.mulOp(i - 1).getStart();
            left = binary(multiplicativeOp(op.getType()), left, factor(ctx.factor(i)), op);
        }
        return left;
    }

    private static Expr.BinaryOp multiplicativeOp(int type) {
        switch (type) {
            case PplParser.STAR: return Expr.BinaryOp.MULTIPLY;
            case PplParser.SLASH: return Expr.BinaryOp.DIVIDE;
            case PplParser.DSLASH: return Expr.BinaryOp.FLOOR_DIVIDE;
            case PplParser.PERCENT: return Expr.BinaryOp.MODULO;
            default: return Expr.BinaryOp.MATMUL;
        }
    }

    private Expr factor(PplParser.FactorContext ctx) {
        if (ctx.sign == null) return power(ctx.power());
        Expr.UnaryOp op = ctx.sign.getType() == PplParser.MINUS ? Expr.UnaryOp.NEGATE : Expr.UnaryOp.PLUS;
        return new Expr.Unary(op, factor(ctx.factor()), spans.of(ctx));
    }

    private Expr power(PplParser.PowerContext ctx) {
        Expr base = primary(ctx.primary());
        if (ctx.factor() == null) return base;
        return binary(Expr.BinaryOp.POWER, base, factor(ctx.factor()), ctx.POWER().getSymbol());
    }

    private Expr binary(Expr.BinaryOp op, Expr left, Expr right, Token operator) {
        return new Expr.Binary(op, left, right, spans.of(operator), left.span().to(right.span()));
    }

    private Expr primary(PplParser.PrimaryContext ctx) {
        Expr e = atom(ctx.atom());
        for (PplParser.TrailerContext t : ctx.trailer()) {
            SourceSpan span = e.span().to(spans.of(t));
            checkCommas(t);
            if (t instanceof PplParser.CallTrailerContext call) {
                e = new Expr.Call(e, arguments(call.argument()), span);
            } else if (t instanceof PplParser.IndexTrailerContext index) {
                List<Subscript> subs = new ArrayList<>();
                for (PplParser.SubscriptContext s : index.subscript()) subs.add(subscript(s));
                e = new Expr.Index(e, subs, span);
            } else {
                PplParser.AttributeTrailerContext attribute = (PplParser.AttributeTrailerContext) t;
                e = new Expr.Attribute(e, attribute.NAME().getText(), spans.of(attribute.NAME()), span);
            }
        }
        return e;
    }

    List<Argument> arguments(List<PplParser.ArgumentContext> contexts) {
        List<Argument> args = new ArrayList<>();
        for (PplParser.ArgumentContext a : contexts) {
            Expr first = expression(a.expression(0));
            if (a.expression().size() == 1) {
                args.add(new Argument(null, null, first, spans.of(a)));
            } else if (first instanceof Expr.Name n) {
                args.add(new Argument(n.name(), n.span(), expression(a.expression(1)), spans.of(a)));
            } else {
                diagnostics.report(new SyntaxDiagnostic.BadTarget(first.span(), SyntaxDiagnostic.BadTarget.Construct.KEYWORD));
                args.add(new Argument(null, null, expression(a.expression(1)), spans.of(a)));
            }
        }
        return args;
    }

    private Subscript subscript(PplParser.SubscriptContext ctx) {
        if (ctx.ELLIPSIS() != null) return new Subscript.Ellipsis(spans.of(ctx));
        if (ctx.COLON().isEmpty()) return new Subscript.At(expression(ctx.expression(0)), spans.of(ctx));
        return new Subscript.Slice(optional(ctx.lower), optional(ctx.upper), optional(ctx.step), spans.of(ctx));
    }

    private Expr optional(PplParser.ExpressionContext ctx) {
        return ctx == null ? null : expression(ctx);
    }

    private Expr atom(PplParser.AtomContext ctx) {
        SourceSpan span = spans.of(ctx);
        if (ctx instanceof PplParser.NameAtomContext) return new Expr.Name(ctx.getText(), span);
        if (ctx instanceof PplParser.NumberAtomContext) return number(ctx.getText(), span);
        if (ctx instanceof PplParser.StringAtomContext) return new Expr.StringLiteral(unquote(ctx.getText()), span);
        if (ctx instanceof PplParser.BoolAtomContext) return new Expr.BoolLiteral(ctx.getText().equals("True"), span);
        if (ctx instanceof PplParser.NoneAtomContext) return new Expr.NoneLiteral(span);
        checkCommas(ctx);
        if (ctx instanceof PplParser.ParenAtomContext paren) {
            List<Expr> items = expressions(paren.expression());
            if (items.size() == 1 && paren.COMMA().isEmpty()) return items.get(0);
            return new Expr.Tuple(items, span);
        }
        return new Expr.ListExpr(expressions(((PplParser.ListAtomContext) ctx).expression()), span);
    }

    private List<Expr> expressions(List<PplParser.ExpressionContext> contexts) {
        List<Expr> items = new ArrayList<>();
        for (PplParser.ExpressionContext c : contexts) items.add(expression(c));
        return items;
    }

    /** Digits alone make an integer (a real if too large for one); a point or exponent makes a real. */
    static Expr number(String text, SourceSpan span) {
        boolean integer = text.chars().allMatch(Character::isDigit);
        if (integer) {
            try {
                return new Expr.IntLiteral(Long.parseLong(text), span);
            } catch (NumberFormatException tooLarge) {
                return new Expr.RealLiteral(Double.parseDouble(text), text, span);
            }
        }
        return new Expr.RealLiteral(Double.parseDouble(text), text, span);
    }

    private static String unquote(String quoted) {
        StringBuilder sb = new StringBuilder();
        for (int i = 1; i < quoted.length() - 1; i++) {
            char c = quoted.charAt(i);
            if (c == '\\' && i + 1 < quoted.length() - 1) {
                char next = quoted.charAt(++i);
                sb.append(next == 'n' ? '\n' : next == 't' ? '\t' : next);
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    /**
     * Comma lists are parsed as {@code x (',' x?)*} so that one token of lookahead decides them
     * (a trailing comma is allowed); a comma right after a comma is reported here.
     */
    void checkCommas(ParserRuleContext ctx) {
        boolean afterComma = false;
        for (int i = 0; i < ctx.getChildCount(); i++) {
            boolean comma = ctx.getChild(i) instanceof TerminalNode t && t.getSymbol().getType() == PplParser.COMMA;
            if (comma && afterComma) {
                Token t = ((TerminalNode) ctx.getChild(i)).getSymbol();
                diagnostics.report(new SyntaxDiagnostic.UnexpectedToken(spans.of(t), "','", "an expression"));
                return;
            }
            afterComma = comma;
        }
    }
}
