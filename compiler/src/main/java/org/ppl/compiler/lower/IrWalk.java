package org.ppl.compiler.lower;

import java.util.function.Consumer;
import org.ppl.compiler.ir.IrExpr;
import org.ppl.compiler.ir.IrIndex;
import org.ppl.compiler.names.Symbol;

/** Visits the symbols an expression refers to (for the few expressions data binding evaluates). */
final class IrWalk {
    private IrWalk() {}

    static void refs(IrExpr e, Consumer<Symbol> visit) {
        if (e == null) return;
        if (e instanceof IrExpr.Ref r) {
            visit.accept(r.symbol());
        } else if (e instanceof IrExpr.Apply a) {
            for (IrExpr x : a.args()) refs(x, visit);
        } else if (e instanceof IrExpr.Index ix) {
            refs(ix.target(), visit);
            for (IrIndex i : ix.indices()) index(i, visit);
        } else if (e instanceof IrExpr.MakeTuple t) {
            for (IrExpr x : t.items()) refs(x, visit);
        } else if (e instanceof IrExpr.TupleItem t) {
            refs(t.tuple(), visit);
        }
    }

    private static void index(IrIndex i, Consumer<Symbol> visit) {
        if (i instanceof IrIndex.At at) refs(at.index(), visit);
        else if (i instanceof IrIndex.Gather g) refs(g.indices(), visit);
        else if (i instanceof IrIndex.Slice s) {
            refs(s.start(), visit);
            refs(s.stop(), visit);
            refs(s.step(), visit);
        }
    }
}
