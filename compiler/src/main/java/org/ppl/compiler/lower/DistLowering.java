package org.ppl.compiler.lower;

import java.util.List;
import org.ppl.ad.Node;
import org.ppl.ad.Shape;
import org.ppl.ad.ShapeException;
import org.ppl.compiler.ir.IrExpr;
import org.ppl.dist.Distribution;
import org.ppl.dist.Distributions;
import org.ppl.gp.Marginal;
import org.ppl.gp.MarginalApprox;

/** Distributions of the table ({@code Normal(mu, sigma, shape=...)}) and {@code logp(dist, value)}. */
final class DistLowering {
    private final LoweringContext ctx;
    private final ExprLowering exprs;

    DistLowering(LoweringContext ctx, ExprLowering exprs) {
        this.ctx = ctx;
        this.exprs = exprs;
    }

    Value named(IrExpr.Distribution d) {
        List<Value> values = exprs.all(d.args());
        Value.Deferred deferred = ExprLowering.deferred(values);
        if (deferred != null) return deferred;
        Shape shape = d.shape() == null ? null : Shape.of(exprs.sizes(d.shape()));
        return new Value.Dist(new DistValue.Named(runtime(d), ExprLowering.nodes(values), shape));
    }

    /** The runtime's variant of the distribution whose parameter names are the IR's variant's. */
    static Distribution runtime(IrExpr.Distribution d) {
        List<String> names = d.variant().names();
        for (Distribution r : Distributions.variants(d.signature().name())) {
            if (r.parameters().stream().map(Distribution.Parameter::name).toList().equals(names)) return r;
        }
        throw new IllegalStateException("the runtime has no " + d.signature().name() + names);
    }

    /** {@code logp(dist, value)}: the log density summed over the value's elements. */
    Value logp(IrExpr.Logp l) {
        Value dist = exprs.lower(l.distribution());
        Value value = exprs.lower(l.value());
        Value.Deferred deferred = ExprLowering.deferred(java.util.Arrays.asList(dist, value));
        if (deferred != null) return deferred;
        Node x = ExprLowering.node(value);
        return new Value.Tensor(logDensity(((Value.Dist) dist).dist(), x, l));
    }

    /** log p(value) of a distribution of the table or a GP marginal likelihood, at {@code at}'s place on failure. */
    Node logDensity(DistValue dist, Node value, IrExpr at) {
        try {
            if (dist instanceof DistValue.Named named) return named.logDensity(ctx.tape, value);
            if (dist instanceof DistValue.GpMarginal ml) return marginal(ml, value);
        } catch (ShapeException e) {
            throw LoweringError.shapes(at.span(), "the value has shape " + Spelling.shape(at instanceof IrExpr.Logp l ? l.value() : at, value)
                    + ": " + e.getMessage());
        }
        throw new IllegalStateException("no log density for " + dist);
    }

    private Node marginal(DistValue.GpMarginal ml, Node y) {
        if (ml.gp() instanceof Value.MarginalGp m) {
            Marginal gp = m.gp();
            return gp.marginalLikelihood(ctx.tape, ml.x(), y, ml.noise()).logLikelihood();
        }
        MarginalApprox gp = ((Value.SparseGp) ml.gp()).gp();
        return gp.marginalLikelihood(ctx.tape, ml.x(), ml.xu(), y, ml.noise()).logLikelihood();
    }
}
