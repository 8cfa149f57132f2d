package org.ppl.compiler.ir;

/** The IR printer's forms for the {@code gp.} nodes. */
final class GpPrinting {
    private GpPrinting() {}

    static String body(IrExpr e) {
        if (e instanceof IrExpr.Kernel k) {
            StringBuilder sb = new StringBuilder("gp.").append(k.kernel().name());
            if (k.inputDim() != null) sb.append(" input_dim=").append(IrPrinter.expr(k.inputDim()));
            for (int i = 0; i < k.args().size(); i++) {
                if (k.args().get(i) != null) sb.append(' ').append(k.kernel().params().get(i).name()).append('=').append(IrPrinter.expr(k.args().get(i)));
            }
            return sb.toString();
        }
        if (e instanceof IrExpr.KernelCombine c) return "kernel" + c.op().spelling + " " + IrPrinter.expr(c.left()) + " " + IrPrinter.expr(c.right());
        if (e instanceof IrExpr.KernelMatrix m) {
            return "cov " + IrPrinter.expr(m.kernel()) + " " + IrPrinter.expr(m.x()) + (m.xs() == null ? "" : " " + IrPrinter.expr(m.xs()));
        }
        if (e instanceof IrExpr.Mean m) {
            StringBuilder sb = new StringBuilder("gp.mean.").append(m.mean().name());
            for (int i = 0; i < m.args().size(); i++) sb.append(' ').append(m.mean().params().get(i).name()).append('=').append(IrPrinter.expr(m.args().get(i)));
            return sb.toString();
        }
        if (e instanceof IrExpr.GpObject g) {
            return "gp." + g.kind().pymcName + (g.mean() == null ? "" : " mean_func=" + IrPrinter.expr(g.mean()))
                    + " cov_func=" + IrPrinter.expr(g.cov()) + (g.approx() == null ? "" : " approx=\"" + g.approx() + "\"");
        }
        if (e instanceof IrExpr.GpMarginalLikelihood m) {
            return "marginal_likelihood " + IrPrinter.expr(m.gp()) + " X=" + IrPrinter.expr(m.x())
                    + (m.xu() == null ? "" : " Xu=" + IrPrinter.expr(m.xu())) + " noise=" + IrPrinter.expr(m.noise());
        }
        if (e instanceof IrExpr.GpPrior p) return "prior " + IrPrinter.expr(p.gp()) + " X=" + IrPrinter.expr(p.x());
        if (e instanceof IrExpr.GpConditional c) return "conditional " + IrPrinter.expr(c.gp()) + " Xnew=" + IrPrinter.expr(c.xnew()) + given(c.given());
        IrExpr.GpPredict p = (IrExpr.GpPredict) e;
        return "predict " + IrPrinter.expr(p.gp()) + " Xnew=" + IrPrinter.expr(p.xnew()) + given(p.given());
    }

    private static String given(GpConditioning g) {
        return " given=(X=" + IrPrinter.expr(g.x()) + (g.xu() == null ? "" : " Xu=" + IrPrinter.expr(g.xu()))
                + " observed=" + IrPrinter.expr(g.observed()) + (g.noise() == null ? "" : " noise=" + IrPrinter.expr(g.noise())) + ")";
    }
}
