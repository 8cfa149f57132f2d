package org.ppl.compiler.check;

import java.util.ArrayList;
import java.util.List;
import org.ppl.compiler.ast.Expr;
import org.ppl.compiler.ast.Stmt;
import org.ppl.compiler.ast.TypeExpr;
import org.ppl.compiler.diag.ShapeDiagnostic;
import org.ppl.compiler.ir.IrData;
import org.ppl.compiler.ir.IrExpr;
import org.ppl.compiler.names.Symbol;
import org.ppl.compiler.types.Dim;
import org.ppl.compiler.types.Elem;
import org.ppl.compiler.types.Shapes;
import org.ppl.compiler.types.Type;

/** Data declarations: the declared type with its size names, the default and the bounds. */
final class DataChecker {
    private final CheckContext ctx;
    private final ExprChecker exprs;
    private final List<Symbol> sizes = new ArrayList<>();

    DataChecker(CheckContext ctx, ExprChecker exprs) {
        this.ctx = ctx;
        this.exprs = exprs;
    }

    /** The size names taken from data shapes, in order of appearance. */
    List<Symbol> sizes() {
        return sizes;
    }

    IrData declare(Stmt.Data d) {
        Symbol sym = ctx.resolution.symbol(d.name());
        List<IrExpr> sizeExprs = new ArrayList<>();
        boolean ok = sizes(d.type(), sizeExprs);
        Elem elem = elem(d.type());
        List<Dim> dims = new ArrayList<>();
        for (IrExpr s : sizeExprs) dims.add(Dims.of(s, ctx));
        Type.Tensor type = new Type.Tensor(elem, dims);
        if (sym == null || sym.kind() != Symbol.Kind.DATA) return null;
        ctx.types.put(sym, type);
        IrExpr defaultValue = d.defaultValue() == null ? null : defaultValue(d.defaultValue(), type);
        IrExpr lower = bound(d.lower(), "the lower bound");
        IrExpr upper = bound(d.upper(), "the upper bound");
        ok &= defaultValue == null || !CheckContext.isUnknown(defaultValue);
        ok &= (lower == null || !CheckContext.isUnknown(lower)) && (upper == null || !CheckContext.isUnknown(upper));
        return ok ? new IrData(sym, type, sizeExprs, defaultValue, lower, upper, d.span()) : null;
    }

    private static Elem elem(TypeExpr t) {
        if (t.kind() == TypeExpr.Kind.ARRAY) return elem(t.element());
        return t.kind() == TypeExpr.Kind.INT ? Elem.INT : Elem.REAL;
    }

    /** Appends the size expressions of {@code t}, outer array sizes first; false after an error. */
    private boolean sizes(TypeExpr t, List<IrExpr> out) {
        boolean ok = true;
        for (Expr size : t.sizes()) {
            Symbol sym = size instanceof Expr.Name n ? ctx.resolution.symbol(n) : null;
            if (sym != null && sym.kind() == Symbol.Kind.SIZE) {
                if (!sizes.contains(sym)) sizes.add(sym);
                ctx.types.put(sym, Type.INT);
                out.add(new IrExpr.Ref(sym, Type.INT, size.span()));
                continue;
            }
            IrExpr ir = exprs.integer(size, "a declared size");
            ok &= !CheckContext.isUnknown(ir);
            out.add(ir);
        }
        if (t.element() != null) ok &= sizes(t.element(), out);
        return ok;
    }

    /** A literal default of the declared type (an integer where the type is int). */
    private IrExpr defaultValue(Expr e, Type.Tensor declared) {
        IrExpr value = exprs.check(e);
        if (CheckContext.isUnknown(value)) return value;
        Type.Tensor t = (Type.Tensor) value.type();
        if (declared.elem() == Elem.INT && t.elem() == Elem.REAL) return ctx.wrongType(e.span(), "the default", "an integer", value);
        if (!Shapes.compatible(t.dims(), declared.dims())) {
            return ctx.fail(new ShapeDiagnostic.ValueShape(e.span(), "the default", Shapes.spell(t.dims()),
                    "the declaration has shape " + Shapes.spell(declared.dims())));
        }
        return value;
    }

    private IrExpr bound(Expr e, String what) {
        if (e == null) return null;
        IrExpr value = exprs.check(e);
        if (CheckContext.isUnknown(value)) return value;
        if (value.type() instanceof Type.Tensor t && t.isScalar() && t.elem() != Elem.BOOL) return value;
        return ctx.wrongType(e.span(), what, "a number", value);
    }
}
