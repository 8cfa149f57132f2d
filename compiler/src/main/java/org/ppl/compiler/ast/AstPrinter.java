package org.ppl.compiler.ast;

import java.util.List;

/**
 * The {@code --dump ast} text: one statement per line, prefixed with its position, expressions as
 * fully parenthesised prefix forms so precedence is visible: {@code -x**2} prints as {@code (neg
 * (** x 2))}. Blocks are indented by two spaces.
 */
public final class AstPrinter {
    private final StringBuilder out = new StringBuilder();

    private AstPrinter() {}

    public static String print(Program program) {
        AstPrinter p = new AstPrinter();
        p.statements(program.statements(), 0);
        return p.out.toString();
    }

    /** One expression in prefix form. */
    public static String print(Expr e) {
        StringBuilder sb = new StringBuilder();
        expr(e, sb);
        return sb.toString();
    }

    private void statements(List<Stmt> statements, int depth) {
        for (Stmt s : statements) statement(s, depth);
    }

    private void statement(Stmt s, int depth) {
        out.append(s.span().position()).append(' ').append("  ".repeat(depth));
        if (s instanceof Stmt.Data d) {
            out.append("(data ").append(d.name().name()).append(' ').append(type(d.type()));
            option("default", d.defaultValue());
            option("lower", d.lower());
            option("upper", d.upper());
            out.append(")\n");
        } else if (s instanceof Stmt.Tilde t) {
            line("(~ " + print(t.target()) + " " + print(t.distribution()) + ")");
        } else if (s instanceof Stmt.Assign a) {
            List<String> names = a.targets().stream().map(Expr.Name::name).toList();
            line("(= " + String.join(" ", names) + " " + print(a.value()) + ")");
        } else if (s instanceof Stmt.Save v) {
            line("(save " + v.name().name() + " " + print(v.value()) + ")");
        } else if (s instanceof Stmt.AddTarget t) {
            line("(target+= " + print(t.value()) + ")");
        } else if (s instanceof Stmt.Return r) {
            line("(return " + print(r.value()) + ")");
        } else if (s instanceof Stmt.For f) {
            line("(for " + f.variable().name() + " " + print(f.range()) + ")");
            statements(f.body(), depth + 1);
        } else if (s instanceof Stmt.If i) {
            line("(if " + print(i.condition()) + ")");
            statements(i.then(), depth + 1);
            if (!i.otherwise().isEmpty()) {
                out.append(s.span().position()).append(' ').append("  ".repeat(depth)).append("(else)\n");
                statements(i.otherwise(), depth + 1);
            }
        } else {
            Stmt.Def d = (Stmt.Def) s;
            List<String> params = d.parameters().stream().map(Expr.Name::name).toList();
            line("(def " + d.name().name() + " (" + String.join(" ", params) + "))");
            statements(d.body(), depth + 1);
        }
    }

    private void line(String text) {
        out.append(text).append('\n');
    }

    private void option(String name, Expr value) {
        if (value != null) out.append(' ').append(name).append('=').append(print(value));
    }

    static String type(TypeExpr t) {
        StringBuilder sb = new StringBuilder("(").append(t.kind().name().toLowerCase());
        for (Expr size : t.sizes()) sb.append(' ').append(print(size));
        if (t.element() != null) sb.append(' ').append(type(t.element()));
        return sb.append(')').toString();
    }

    private static void expr(Expr e, StringBuilder sb) {
        if (e instanceof Expr.Name n) {
            sb.append(n.name());
        } else if (e instanceof Expr.IntLiteral i) {
            sb.append(i.value());
        } else if (e instanceof Expr.RealLiteral r) {
            sb.append(r.text());
        } else if (e instanceof Expr.BoolLiteral b) {
            sb.append(b.value() ? "True" : "False");
        } else if (e instanceof Expr.NoneLiteral) {
            sb.append("None");
        } else if (e instanceof Expr.StringLiteral s) {
            sb.append('"').append(s.value()).append('"');
        } else if (e instanceof Expr.Unary u) {
            String op = u.op() == Expr.UnaryOp.NEGATE ? "neg" : u.op() == Expr.UnaryOp.PLUS ? "pos" : "not";
            form(sb, op, List.of(u.operand()));
        } else if (e instanceof Expr.Binary b) {
            form(sb, b.op().symbol, List.of(b.left(), b.right()));
        } else if (e instanceof Expr.Call c) {
            sb.append("(call ");
            expr(c.callee(), sb);
            for (Argument a : c.arguments()) {
                sb.append(' ');
                if (a.isKeyword()) sb.append(a.keyword()).append('=');
                expr(a.value(), sb);
            }
            sb.append(')');
        } else if (e instanceof Expr.Index ix) {
            sb.append("(index ");
            expr(ix.target(), sb);
            for (Subscript s : ix.subscripts()) {
                sb.append(' ');
                subscript(s, sb);
            }
            sb.append(')');
        } else if (e instanceof Expr.Attribute a) {
            sb.append("(. ");
            expr(a.target(), sb);
            sb.append(' ').append(a.name()).append(')');
        } else if (e instanceof Expr.Tuple t) {
            form(sb, "tuple", t.items());
        } else {
            form(sb, "list", ((Expr.ListExpr) e).items());
        }
    }

    private static void subscript(Subscript s, StringBuilder sb) {
        if (s instanceof Subscript.At at) {
            expr(at.index(), sb);
            return;
        }
        if (s instanceof Subscript.Ellipsis) {
            sb.append("...");
            return;
        }
        Subscript.Slice slice = (Subscript.Slice) s;
        sb.append("(slice");
        for (Expr part : new Expr[] {slice.lower(), slice.upper(), slice.step()}) {
            sb.append(' ');
            if (part == null) sb.append('_');
            else expr(part, sb);
        }
        sb.append(')');
    }

    private static void form(StringBuilder sb, String head, List<Expr> items) {
        sb.append('(').append(head);
        for (Expr item : items) {
            sb.append(' ');
            expr(item, sb);
        }
        sb.append(')');
    }
}
