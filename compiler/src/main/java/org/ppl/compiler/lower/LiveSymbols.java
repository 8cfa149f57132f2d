package org.ppl.compiler.lower;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import org.ppl.compiler.ir.IrExpr;
import org.ppl.compiler.ir.IrStmt;
import org.ppl.compiler.ir.IrWalk;
import org.ppl.compiler.names.Symbol;

/**
 * The locals whose values reach the model: those the priors, observed terms, {@code target +=},
 * saved values, loop bounds and conditions use, directly or through other locals. An assignment to
 * locals none of which is live is left out of the program, as PyMC leaves out what the log density
 * does not use: it would cost time at every evaluation, and a failure in it (a Cholesky of a
 * matrix the model never uses) would reject points for nothing.
 */
final class LiveSymbols {
    private LiveSymbols() {}

    static Set<Symbol> of(List<IrStmt> body) {
        Set<Symbol> live = Collections.newSetFromMap(new IdentityHashMap<>());
        roots(body, live);
        int before;
        do {
            before = live.size();
            propagate(body, live);
        } while (live.size() != before);
        return live;
    }

    private static void roots(List<IrStmt> body, Set<Symbol> live) {
        for (IrStmt s : body) {
            if (s instanceof IrStmt.Sample p) IrWalk.refs(p.distribution(), live::add);
            else if (s instanceof IrStmt.Observe o) {
                IrWalk.refs(o.value(), live::add);
                IrWalk.refs(o.distribution(), live::add);
            } else if (s instanceof IrStmt.Save v) IrWalk.refs(v.value(), live::add);
            else if (s instanceof IrStmt.AddTarget t) IrWalk.refs(t.term(), live::add);
            else if (s instanceof IrStmt.Assign a && a.value() instanceof IrExpr.GpPredict) IrWalk.refs(a.value(), live::add);
            else if (s instanceof IrStmt.Loop l) {
                IrWalk.refs(l.start(), live::add);
                IrWalk.refs(l.stop(), live::add);
                IrWalk.refs(l.step(), live::add);
                roots(l.body(), live);
            } else if (s instanceof IrStmt.Branch b) {
                IrWalk.refs(b.condition(), live::add);
                roots(b.then(), live);
                roots(b.otherwise(), live);
            }
        }
    }

    private static void propagate(List<IrStmt> body, Set<Symbol> live) {
        for (IrStmt s : body) {
            if (s instanceof IrStmt.Assign a && a.targets().stream().anyMatch(live::contains)) IrWalk.refs(a.value(), live::add);
            else if (s instanceof IrStmt.Loop l) propagate(l.body(), live);
            else if (s instanceof IrStmt.Branch b) {
                propagate(b.then(), live);
                propagate(b.otherwise(), live);
            }
        }
    }

    /** Whether the assignment must be lowered: a target is live, or it is a GP prediction (recorded for the predictive step). */
    static boolean needed(IrStmt.Assign a, Set<Symbol> live) {
        return a.value() instanceof IrExpr.GpPredict || a.targets().stream().anyMatch(live::contains);
    }
}
