package org.ppl.compiler.check;

import java.util.ArrayList;
import java.util.List;
import org.ppl.compiler.ast.Expr;
import org.ppl.compiler.diag.ShapeDiagnostic;
import org.ppl.compiler.ir.IrExpr;
import org.ppl.compiler.types.Dim;

/** Arguments that give sizes or axes: {@code shape=(N, Q)}, {@code shape=J}, {@code axis=0}. */
final class SizeArguments {
    private final CheckContext ctx;
    private final ExprChecker exprs;

    SizeArguments(CheckContext ctx, ExprChecker exprs) {
        this.ctx = ctx;
        this.exprs = exprs;
    }

    /** The sizes of a shape: an integer or a tuple or list of integers; null after reporting an error. */
    List<IrExpr> shape(Expr e, String what) {
        List<Expr> items = e instanceof Expr.Tuple t ? t.items() : e instanceof Expr.ListExpr l ? l.items() : List.of(e);
        List<IrExpr> sizes = new ArrayList<>();
        boolean ok = true;
        for (Expr item : items) {
            IrExpr size = exprs.integer(item, what);
            ok &= !CheckContext.isUnknown(size);
            if (size instanceof IrExpr.Constant c && c.value() < 0) {
                ctx.diagnostics.report(new ShapeDiagnostic.WrongType(item.span(), what, "a size (not negative)", "" + (long) c.value()));
                ok = false;
            }
            sizes.add(size);
        }
        return ok ? sizes : null;
    }

    List<Dim> dims(List<IrExpr> sizes) {
        List<Dim> dims = new ArrayList<>();
        for (IrExpr s : sizes) dims.add(Dims.of(s, ctx));
        return dims;
    }

    /**
     * A literal axis, possibly negative, normalised into {@code [0, rank)}; -1 after reporting an
     * error. {@code rank} counts the axes the result may take (one more for stack).
     */
    int axis(Expr e, int rank) {
        long value;
        if (e instanceof Expr.IntLiteral i) value = i.value();
        else if (e instanceof Expr.Unary u && u.op() == Expr.UnaryOp.NEGATE && u.operand() instanceof Expr.IntLiteral i) value = -i.value();
        else {
            ctx.diagnostics.report(new ShapeDiagnostic.WrongType(e.span(), "an axis", "a literal integer", "'" + e.span().text() + "'"));
            return -1;
        }
        long normalised = value < 0 ? value + rank : value;
        if (normalised < 0 || normalised >= rank) {
            ctx.diagnostics.report(new ShapeDiagnostic.IndexOutOfRange(e.span(), value, rank + " axes"));
            return -1;
        }
        return (int) normalised;
    }
}
