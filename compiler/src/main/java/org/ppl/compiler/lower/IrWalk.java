package org.ppl.compiler.lower;

import java.util.function.Consumer;
import org.ppl.compiler.ir.IrExpr;
import org.ppl.compiler.ir.IrIndex;
import org.ppl.compiler.names.Symbol;

/** Visits the symbols an expression refers to. */
final class IrWalk {
    private IrWalk() {}

    static void refs(IrExpr e, Consumer<Symbol> visit) {
        if (e == null) return;
        if (e instanceof IrExpr.Ref r) {
            visit.accept(r.symbol());
        } else if (e instanceof IrExpr.Apply a) {
            all(a.args(), visit);
        } else if (e instanceof IrExpr.Index ix) {
            refs(ix.target(), visit);
            for (IrIndex i : ix.indices()) index(i, visit);
        } else if (e instanceof IrExpr.MakeTuple t) {
            all(t.items(), visit);
        } else if (e instanceof IrExpr.TupleItem t) {
            refs(t.tuple(), visit);
        } else if (e instanceof IrExpr.Distribution d) {
            all(d.args(), visit);
            if (d.shape() != null) all(d.shape(), visit);
        } else if (e instanceof IrExpr.Logp l) {
            refs(l.distribution(), visit);
            refs(l.value(), visit);
        } else {
            gp(e, visit);
        }
    }

    private static void gp(IrExpr e, Consumer<Symbol> visit) {
        if (e instanceof IrExpr.Kernel k) {
            refs(k.inputDim(), visit);
            all(k.args(), visit);
        } else if (e instanceof IrExpr.KernelCombine c) {
            refs(c.left(), visit);
            refs(c.right(), visit);
        } else if (e instanceof IrExpr.KernelMatrix m) {
            refs(m.kernel(), visit);
            refs(m.x(), visit);
            refs(m.xs(), visit);
        } else if (e instanceof IrExpr.Mean m) {
            all(m.args(), visit);
        } else if (e instanceof IrExpr.GpObject o) {
            refs(o.mean(), visit);
            refs(o.cov(), visit);
        } else if (e instanceof IrExpr.GpMarginalLikelihood ml) {
            refs(ml.gp(), visit);
            refs(ml.x(), visit);
            refs(ml.xu(), visit);
            refs(ml.noise(), visit);
        } else if (e instanceof IrExpr.GpPrior p) {
            refs(p.gp(), visit);
            refs(p.x(), visit);
        } else if (e instanceof IrExpr.GpConditional c) {
            refs(c.gp(), visit);
            refs(c.xnew(), visit);
        } else if (e instanceof IrExpr.GpPredict p) {
            refs(p.gp(), visit);
            refs(p.xnew(), visit);
        }
    }

    private static void all(java.util.List<IrExpr> exprs, Consumer<Symbol> visit) {
        for (IrExpr x : exprs) refs(x, visit);
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
