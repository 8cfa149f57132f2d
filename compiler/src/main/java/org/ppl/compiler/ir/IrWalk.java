package org.ppl.compiler.ir;

import java.util.List;
import java.util.function.Consumer;
import org.ppl.compiler.names.Symbol;

/** Visits the sub-expressions of an expression, or the symbols it refers to. */
public final class IrWalk {
    private IrWalk() {}

    /** Every symbol {@code e} refers to, in order (repeats included). */
    public static void refs(IrExpr e, Consumer<Symbol> visit) {
        each(e, x -> {
            if (x instanceof IrExpr.Ref r) visit.accept(r.symbol());
        });
    }

    /** {@code e} and every expression inside it, outer first; null is skipped. */
    public static void each(IrExpr e, Consumer<IrExpr> visit) {
        if (e == null) return;
        visit.accept(e);
        if (e instanceof IrExpr.Apply a) {
            all(a.args(), visit);
        } else if (e instanceof IrExpr.Index ix) {
            each(ix.target(), visit);
            for (IrIndex i : ix.indices()) index(i, visit);
        } else if (e instanceof IrExpr.MakeTuple t) {
            all(t.items(), visit);
        } else if (e instanceof IrExpr.TupleItem t) {
            each(t.tuple(), visit);
        } else if (e instanceof IrExpr.Distribution d) {
            all(d.args(), visit);
            if (d.shape() != null) all(d.shape(), visit);
        } else if (e instanceof IrExpr.Logp l) {
            each(l.distribution(), visit);
            each(l.value(), visit);
        } else {
            gp(e, visit);
        }
    }

    private static void gp(IrExpr e, Consumer<IrExpr> visit) {
        if (e instanceof IrExpr.Kernel k) {
            each(k.inputDim(), visit);
            all(k.args(), visit);
        } else if (e instanceof IrExpr.KernelCombine c) {
            each(c.left(), visit);
            each(c.right(), visit);
        } else if (e instanceof IrExpr.KernelMatrix m) {
            each(m.kernel(), visit);
            each(m.x(), visit);
            each(m.xs(), visit);
        } else if (e instanceof IrExpr.Mean m) {
            all(m.args(), visit);
        } else if (e instanceof IrExpr.GpObject o) {
            each(o.mean(), visit);
            each(o.cov(), visit);
        } else if (e instanceof IrExpr.GpMarginalLikelihood ml) {
            each(ml.gp(), visit);
            each(ml.x(), visit);
            each(ml.xu(), visit);
            each(ml.noise(), visit);
        } else if (e instanceof IrExpr.GpPrior p) {
            each(p.gp(), visit);
            each(p.x(), visit);
        } else if (e instanceof IrExpr.GpConditional c) {
            each(c.gp(), visit);
            each(c.xnew(), visit);
        } else if (e instanceof IrExpr.GpPredict p) {
            each(p.gp(), visit);
            each(p.xnew(), visit);
        }
    }

    private static void all(List<IrExpr> exprs, Consumer<IrExpr> visit) {
        for (IrExpr x : exprs) each(x, visit);
    }

    private static void index(IrIndex i, Consumer<IrExpr> visit) {
        if (i instanceof IrIndex.At at) each(at.index(), visit);
        else if (i instanceof IrIndex.Gather g) each(g.indices(), visit);
        else if (i instanceof IrIndex.Slice s) {
            each(s.start(), visit);
            each(s.stop(), visit);
            each(s.step(), visit);
        }
    }
}
