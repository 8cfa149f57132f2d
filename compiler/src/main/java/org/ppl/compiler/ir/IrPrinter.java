package org.ppl.compiler.ir;

import java.util.List;
import java.util.stream.Collectors;
import org.ppl.compiler.names.Symbol;
import org.ppl.compiler.types.Elem;
import org.ppl.compiler.types.Shapes;
import org.ppl.compiler.types.Type;

/**
 * The {@code --dump ir} text: sizes, data, then the body one statement per line with its
 * position, expressions in prefix form with the type of every compound node after a colon
 * ({@code (* eta eta):real()}).
 */
public final class IrPrinter {
    private final StringBuilder out = new StringBuilder();

    private IrPrinter() {}

    public static String print(IrProgram program) {
        IrPrinter p = new IrPrinter();
        if (!program.sizes().isEmpty()) {
            p.out.append("sizes ").append(program.sizes().stream().map(Symbol::name).collect(Collectors.joining(" "))).append('\n');
        }
        for (IrData d : program.data()) p.data(d);
        p.statements(program.body(), 0);
        return p.out.toString();
    }

    private void data(IrData d) {
        out.append(d.span().position()).append(" data ").append(d.symbol().name()).append(' ').append(type(d.type()));
        if (d.defaultValue() != null) out.append(" default=").append(expr(d.defaultValue()));
        if (d.lower() != null) out.append(" lower=").append(expr(d.lower()));
        if (d.upper() != null) out.append(" upper=").append(expr(d.upper()));
        out.append('\n');
    }

    private void statements(List<IrStmt> body, int depth) {
        for (IrStmt s : body) {
            out.append(s.span().position()).append(' ').append("  ".repeat(depth));
            if (s instanceof IrStmt.Sample p) {
                out.append("sample ").append(p.parameter().name()).append(' ').append(type(p.type())).append(' ')
                        .append(constraint(p.constraint())).append(" ~ ").append(expr(p.distribution())).append('\n');
            } else if (s instanceof IrStmt.Observe o) {
                out.append("observe ").append(expr(o.value())).append(" ~ ").append(expr(o.distribution())).append('\n');
            } else if (s instanceof IrStmt.Assign a) {
                out.append("let ").append(a.targets().stream().map(Symbol::name).collect(Collectors.joining(", ")))
                        .append(" = ").append(expr(a.value())).append('\n');
            } else if (s instanceof IrStmt.Save v) {
                out.append("save ").append(v.name().name()).append(" = ").append(expr(v.value())).append('\n');
            } else if (s instanceof IrStmt.AddTarget t) {
                out.append("target += ").append(expr(t.term())).append('\n');
            } else if (s instanceof IrStmt.Loop l) {
                out.append("for ").append(l.variable().name()).append(" in range(").append(expr(l.start())).append(", ")
                        .append(expr(l.stop())).append(", ").append(expr(l.step())).append(")\n");
                statements(l.body(), depth + 1);
            } else {
                IrStmt.Branch b = (IrStmt.Branch) s;
                out.append("if ").append(expr(b.condition())).append('\n');
                statements(b.then(), depth + 1);
                out.append(s.span().position()).append(' ').append("  ".repeat(depth)).append("else\n");
                statements(b.otherwise(), depth + 1);
            }
        }
    }

    private static String constraint(Constraint c) {
        if (c instanceof Constraint.Interval i) return "interval(" + expr(i.lower()) + ", " + expr(i.upper()) + ")";
        String name = c.getClass().getSimpleName();
        return Character.toLowerCase(name.charAt(0)) + name.substring(1);
    }

    /** Compact type spelling: {@code real(N, Q)}, {@code int()}, {@code kernel[Q]}, {@code Normal(J,)}. */
    public static String type(Type t) {
        if (t instanceof Type.Tensor x) return x.elem().spelling + Shapes.spell(x.dims());
        if (t instanceof Type.Kernel k) return "kernel[" + (k.inputDim() == null ? "*" : k.inputDim()) + "]";
        if (t instanceof Type.Mean m) return "mean[" + (m.inputDim() == null ? "*" : m.inputDim()) + "]";
        if (t instanceof Type.Gp g) return "gp." + g.kind().pymcName + "[" + (g.inputDim() == null ? "*" : g.inputDim()) + "]";
        if (t instanceof Type.Dist d) return d.name() + Shapes.spell(d.shape()) + (d.columns() ? "+columns" : "");
        if (t instanceof Type.Tuple tu) return "tuple(" + tu.items().stream().map(IrPrinter::type).collect(Collectors.joining(", ")) + ")";
        if (t instanceof Type.Str) return "str";
        return "?";
    }

    static String expr(IrExpr e) {
        if (e instanceof IrExpr.Constant c) return constant(c);
        if (e instanceof IrExpr.Str s) return "\"" + s.value() + "\"";
        if (e instanceof IrExpr.Ref r) return r.symbol().name();
        return "(" + body(e) + "):" + type(e.type());
    }

    private static String constant(IrExpr.Constant c) {
        Elem elem = c.type() instanceof Type.Tensor t ? t.elem() : Elem.REAL;
        if (elem == Elem.BOOL) return c.value() != 0 ? "True" : "False";
        if (elem == Elem.INT) return Long.toString((long) c.value());
        return Double.toString(c.value());
    }

    private static String body(IrExpr e) {
        if (e instanceof IrExpr.Apply a) {
            String op = a.op().spelling.equals(".T") ? "T" : a.op().spelling;
            return op + " " + all(a.args()) + (a.axis() == null ? "" : " axis=" + a.axis());
        }
        if (e instanceof IrExpr.Index ix) {
            StringBuilder sb = new StringBuilder("index ").append(expr(ix.target()));
            for (IrIndex i : ix.indices()) sb.append(' ').append(index(i));
            return sb.toString();
        }
        if (e instanceof IrExpr.MakeTuple t) return "tuple " + all(t.items());
        if (e instanceof IrExpr.TupleItem t) return "item " + expr(t.tuple()) + " " + t.index();
        if (e instanceof IrExpr.Distribution d) return distribution(d);
        if (e instanceof IrExpr.Logp l) return "logp " + expr(l.distribution()) + " " + expr(l.value());
        return GpPrinting.body(e);
    }

    private static String distribution(IrExpr.Distribution d) {
        StringBuilder sb = new StringBuilder(d.signature().name());
        for (int i = 0; i < d.args().size(); i++) {
            sb.append(' ').append(d.variant().params().get(i).name()).append('=').append(expr(d.args().get(i)));
        }
        if (d.shape() != null) sb.append(" shape=(").append(all(d.shape())).append(')');
        if (d.ordered()) sb.append(" transform=\"ordered\"");
        return sb.toString();
    }

    private static String index(IrIndex i) {
        if (i instanceof IrIndex.At at) return expr(at.index());
        if (i instanceof IrIndex.Gather g) return "(gather " + expr(g.indices()) + ")";
        if (i instanceof IrIndex.NewAxis) return "None";
        IrIndex.Slice s = (IrIndex.Slice) i;
        return "(slice " + opt(s.start()) + " " + opt(s.stop()) + " " + opt(s.step()) + ")";
    }

    static String opt(IrExpr e) {
        return e == null ? "_" : expr(e);
    }

    static String all(List<IrExpr> items) {
        return items.stream().map(IrPrinter::expr).collect(Collectors.joining(" "));
    }
}
