package org.ppl.compiler.lower;

import org.ppl.ad.Node;
import org.ppl.ad.Shape;
import org.ppl.ad.Tape;
import org.ppl.compiler.ir.IrExpr;
import org.ppl.compiler.ir.IrWalk;
import org.ppl.compiler.names.Symbol;

/**
 * Evaluates expressions of data alone (declared sizes, bounds, defaults) while the data are being
 * bound, with the same lowering the model uses, on a scratch tape whose operations all fold.
 */
public final class DataEvaluator {
    private final LoweringContext ctx = new LoweringContext(new Tape());
    private final ExprLowering exprs = new ExprLowering(ctx);

    public void bind(Symbol symbol, Shape shape, double[] values) {
        ctx.env.put(symbol, new Value.Tensor(ctx.tape.constant(shape, values)));
    }

    public boolean isBound(Symbol symbol) {
        return ctx.env.containsKey(symbol);
    }

    /**
     * The value of {@code e}, or null when it needs a symbol not bound (after an earlier error).
     *
     * @throws LoweringError when the computation fails on the data
     */
    public Node evaluate(IrExpr e) {
        if (!bound(e)) return null;
        return exprs.constant(e);
    }

    /** Whether every symbol {@code e} refers to has a value. */
    private boolean bound(IrExpr e) {
        boolean[] ok = {true};
        IrWalk.refs(e, s -> ok[0] &= ctx.env.containsKey(s));
        return ok[0];
    }
}
