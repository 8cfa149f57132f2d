package org.ppl.compiler.check;

import org.ppl.compiler.ir.IrExpr;
import org.ppl.compiler.signatures.Builtin;
import org.ppl.compiler.types.Dim;

/**
 * The symbolic size an integer expression stands for: literals are constants, sizes and integer
 * data are atoms by name, + - * are kept as polynomials, and anything else is one atom named by
 * its source text in parentheses.
 */
final class Dims {
    private Dims() {}

    static Dim of(IrExpr e, CheckContext ctx) {
        if (e instanceof IrExpr.Constant c) return Dim.of((long) c.value());
        if (e instanceof IrExpr.Ref r) {
            Dim known = ctx.sizes.get(r.symbol());
            if (known != null) return known;
            return Dim.symbol(r.symbol().name());
        }
        if (e instanceof IrExpr.Apply a && a.args().size() == 2) {
            Dim left = of(a.args().get(0), ctx);
            Dim right = of(a.args().get(1), ctx);
            if (a.op() == Builtin.ADD) return left.plus(right);
            if (a.op() == Builtin.SUBTRACT) return left.minus(right);
            if (a.op() == Builtin.MULTIPLY) return left.times(right);
        }
        if (e instanceof IrExpr.Apply a && a.op() == Builtin.NEGATE) return Dim.of(0).minus(of(a.args().get(0), ctx));
        return Dim.symbol("(" + e.span().text() + ")");
    }
}
