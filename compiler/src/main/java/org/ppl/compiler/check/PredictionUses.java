package org.ppl.compiler.check;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.ppl.compiler.diag.Diagnostics;
import org.ppl.compiler.diag.RoleDiagnostic;
import org.ppl.compiler.ir.IrExpr;
import org.ppl.compiler.ir.IrProgram;
import org.ppl.compiler.ir.IrStmt;
import org.ppl.compiler.ir.IrWalk;
import org.ppl.compiler.names.Symbol;
import org.ppl.compiler.types.Type;

/**
 * Values known only after sampling must stay out of the log density: a draw of a GP conditional
 * ({@code fs ~ g.conditional(Xs)}), a GP prediction ({@code m, v = g.predict(Xs)}), and what is
 * computed from them may be saved (the predictive step computes them per draw), but no prior,
 * observed term or {@code target +=} may use them. Follows the values in program order, as the
 * roles pass follows parameters (a loop body twice, the branches of an if merged).
 */
final class PredictionUses {
    private final Diagnostics diagnostics;
    /** For each symbol holding such a value: a phrase naming where it comes from. */
    private Map<Symbol, String> origins = new IdentityHashMap<>();

    private PredictionUses(Diagnostics diagnostics) {
        this.diagnostics = diagnostics;
    }

    static void check(IrProgram program, Diagnostics diagnostics) {
        new PredictionUses(diagnostics).block(program.body());
    }

    private void block(List<IrStmt> body) {
        for (IrStmt s : body) statement(s);
    }

    private void statement(IrStmt s) {
        if (s instanceof IrStmt.Sample p) {
            if (p.distribution().type() instanceof Type.Dist d && d.name().equals("conditional")) {
                origins.put(p.parameter(), "'" + p.parameter().name() + "', a draw of " + p.distribution().span().text());
            } else {
                forbid(p.distribution(), "the prior of '" + p.parameter().name() + "'");
            }
        } else if (s instanceof IrStmt.Observe o) {
            if (!forbid(o.value(), "this observed term")) forbid(o.distribution(), "this observed term");
        } else if (s instanceof IrStmt.AddTarget t) {
            forbid(t.term(), "the term of 'target +='");
        } else if (s instanceof IrStmt.Assign a) {
            String origin = origin(a.value());
            for (Symbol t : a.targets()) set(t, origin);
        } else if (s instanceof IrStmt.Save v) {
            set(v.name(), origin(v.value()));
        } else if (s instanceof IrStmt.Loop l) {
            block(l.body());
            block(l.body());
        } else if (s instanceof IrStmt.Branch b) {
            Map<Symbol, String> before = new IdentityHashMap<>(origins);
            block(b.then());
            Map<Symbol, String> afterThen = origins;
            origins = before;
            block(b.otherwise());
            afterThen.forEach(origins::putIfAbsent);
        }
    }

    private void set(Symbol s, String origin) {
        if (origin == null) origins.remove(s);
        else origins.put(s, origin);
    }

    /** Reports {@code e} if it uses a value known only after sampling; returns whether it did. */
    private boolean forbid(IrExpr e, String what) {
        String origin = origin(e);
        if (origin == null) return false;
        diagnostics.report(new RoleDiagnostic.PredictionInDensity(e.span(), what, origin));
        return true;
    }

    /** What makes {@code e} known only after sampling, or null. */
    private String origin(IrExpr e) {
        String[] found = {null};
        IrWalk.each(e, x -> {
            if (found[0] != null) return;
            if (x instanceof IrExpr.GpPredict || x instanceof IrExpr.GpConditional) found[0] = "the prediction " + x.span().text();
            else if (x instanceof IrExpr.Ref r && origins.containsKey(r.symbol())) found[0] = origins.get(r.symbol());
        });
        return found[0];
    }
}
