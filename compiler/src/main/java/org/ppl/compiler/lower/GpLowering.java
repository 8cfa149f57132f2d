package org.ppl.compiler.lower;

import java.util.List;
import org.ppl.ad.Node;
import org.ppl.ad.Shape;
import org.ppl.compiler.ir.IrExpr;
import org.ppl.compiler.names.Symbol;
import org.ppl.compiler.signatures.Builtin;
import org.ppl.gp.Approximation;
import org.ppl.gp.Jitter;
import org.ppl.gp.Latent;
import org.ppl.gp.LatentPrior;
import org.ppl.gp.Marginal;
import org.ppl.gp.MarginalApprox;
import org.ppl.gp.MarginalLikelihood;
import org.ppl.gp.SparseMarginalLikelihood;
import org.ppl.gp.cov.Constant;
import org.ppl.gp.cov.Covariance;
import org.ppl.gp.cov.ExpQuad;
import org.ppl.gp.cov.Exponential;
import org.ppl.gp.cov.Linear;
import org.ppl.gp.cov.Matern32;
import org.ppl.gp.cov.Matern52;
import org.ppl.gp.cov.Periodic;
import org.ppl.gp.cov.Polynomial;
import org.ppl.gp.cov.RatQuad;
import org.ppl.gp.cov.WhiteNoise;
import org.ppl.gp.mean.MeanFunction;
import org.ppl.gp.mean.Zero;

/**
 * The {@code gp.} constructs: covariance functions and their algebra, means, GP objects, kernel
 * matrices, and the GP methods as distributions ({@code marginal_likelihood}, {@code prior}) or as
 * predictions prepared for the predictive step ({@code conditional}, {@code predict}).
 */
final class GpLowering {
    private final LoweringContext ctx;
    private final ExprLowering exprs;

    GpLowering(LoweringContext ctx, ExprLowering exprs) {
        this.ctx = ctx;
        this.exprs = exprs;
    }

    Value lower(IrExpr e) {
        if (e instanceof IrExpr.Kernel k) return kernel(k);
        if (e instanceof IrExpr.KernelCombine c) return combine(c);
        if (e instanceof IrExpr.KernelMatrix m) return matrix(m);
        if (e instanceof IrExpr.Mean m) return mean(m);
        if (e instanceof IrExpr.GpObject o) return object(o);
        if (e instanceof IrExpr.GpMarginalLikelihood ml) return marginalLikelihood(ml);
        if (e instanceof IrExpr.GpPrior p) return prior(p);
        if (e instanceof IrExpr.GpConditional c) return conditional(c);
        if (e instanceof IrExpr.GpPredict p) return predict(p, List.of());
        throw new IllegalStateException("no lowering for " + e.getClass().getSimpleName());
    }

    private Value kernel(IrExpr.Kernel k) {
        List<Value> values = exprs.all(k.args());
        Value.Deferred deferred = ExprLowering.deferred(values);
        if (deferred != null) return deferred;
        Node[] a = ExprLowering.nodes(values);
        int dim = k.inputDim() == null ? 0 : exprs.sizes(List.of(k.inputDim()))[0];
        return new Value.Cov(covariance(k.kernel().name(), dim, a));
    }

    private static Covariance covariance(String name, int dim, Node[] a) {
        switch (name) {
            case "ExpQuad":
                return new ExpQuad(dim, a[0]);
            case "Matern52":
                return new Matern52(dim, a[0]);
            case "Matern32":
                return new Matern32(dim, a[0]);
            case "Exponential":
                return new Exponential(dim, a[0]);
            case "RatQuad":
                return new RatQuad(dim, a[0], a[1]);
            case "Periodic":
                return new Periodic(dim, a[0], a[1]);
            case "Linear":
                return new Linear(dim, a[0]);
            case "Polynomial":
                return new Polynomial(dim, a[0], a[1], a[2]);
            case "WhiteNoise":
                return new WhiteNoise(a[0]);
            case "Constant":
                return new Constant(a[0]);
            default:
                throw new IllegalStateException("no covariance function " + name);
        }
    }

    /** {@code k1 + k2}, {@code k1 * k2}, {@code s * k} (scaled), {@code k + s} (a constant covariance added). */
    private Value combine(IrExpr.KernelCombine c) {
        Value left = exprs.lower(c.left());
        Value right = exprs.lower(c.right());
        Value.Deferred deferred = ExprLowering.deferred(java.util.Arrays.asList(left, right));
        if (deferred != null) return deferred;
        boolean add = c.op() == Builtin.ADD;
        if (left instanceof Value.Cov l && right instanceof Value.Cov r) {
            return new Value.Cov(add ? l.cov().plus(r.cov()) : l.cov().times(r.cov()));
        }
        Covariance cov = left instanceof Value.Cov l ? l.cov() : ((Value.Cov) right).cov();
        Node scalar = ExprLowering.node(left instanceof Value.Cov ? right : left);
        return new Value.Cov(add ? cov.plus(new Constant(scalar)) : cov.scaledBy(scalar));
    }

    private Value matrix(IrExpr.KernelMatrix m) {
        Value cov = exprs.lower(m.kernel());
        Value x = exprs.lower(m.x());
        Value xs = m.xs() == null ? null : exprs.lower(m.xs());
        Value.Deferred deferred = ExprLowering.deferred(java.util.Arrays.asList(cov, x, xs));
        if (deferred != null) return deferred;
        Covariance k = ((Value.Cov) cov).cov();
        Node full = xs == null ? k.full(ctx.tape, ExprLowering.node(x)) : k.full(ctx.tape, ExprLowering.node(x), ExprLowering.node(xs));
        return new Value.Tensor(full);
    }

    private Value mean(IrExpr.Mean m) {
        List<Value> values = exprs.all(m.args());
        Value.Deferred deferred = ExprLowering.deferred(values);
        if (deferred != null) return deferred;
        Node[] a = ExprLowering.nodes(values);
        switch (m.mean().name()) {
            case "Zero":
                return new Value.Mean(new Zero());
            case "Constant":
                return new Value.Mean(new org.ppl.gp.mean.Constant(a[0]));
            default:
                return new Value.Mean(new org.ppl.gp.mean.Linear(a[0], a[1]));
        }
    }

    private Value object(IrExpr.GpObject o) {
        Value cov = exprs.lower(o.cov());
        Value mean = o.mean() == null ? new Value.Mean(new Zero()) : exprs.lower(o.mean());
        Value.Deferred deferred = ExprLowering.deferred(java.util.Arrays.asList(cov, mean));
        if (deferred != null) return deferred;
        Covariance k = ((Value.Cov) cov).cov();
        MeanFunction m = ((Value.Mean) mean).mean();
        switch (o.kind()) {
            case MARGINAL:
                return new Value.MarginalGp(new Marginal(m, k));
            case MARGINAL_APPROX:
                Approximation approx = Approximation.named(o.approx() == null ? "VFE" : o.approx());
                return new Value.SparseGp(new MarginalApprox(m, k, approx, Jitter.DEFAULT));
            default:
                return new Value.LatentGp(new Latent(m, k));
        }
    }

    private Value marginalLikelihood(IrExpr.GpMarginalLikelihood ml) {
        Value gp = exprs.lower(ml.gp());
        Value x = exprs.lower(ml.x());
        Value xu = ml.xu() == null ? null : exprs.lower(ml.xu());
        Value noise = exprs.lower(ml.noise());
        Value.Deferred deferred = ExprLowering.deferred(java.util.Arrays.asList(gp, x, xu, noise));
        if (deferred != null) return deferred;
        Node xuNode = xu == null ? null : ExprLowering.node(xu);
        return new Value.Dist(new DistValue.GpMarginal(gp, ExprLowering.node(x), xuNode, ExprLowering.node(noise), owner(ml.gp()), ml.x()));
    }

    private Value prior(IrExpr.GpPrior p) {
        Value gp = exprs.lower(p.gp());
        Value x = exprs.lower(p.x());
        Value.Deferred deferred = ExprLowering.deferred(java.util.Arrays.asList(gp, x));
        if (deferred != null) return deferred;
        return new Value.Dist(new DistValue.GpPrior(((Value.LatentGp) gp).gp(), ExprLowering.node(x), owner(p.gp())));
    }

    /** The name of a GP object, or null for one written in place. */
    private static Symbol owner(IrExpr gp) {
        return gp instanceof IrExpr.Ref r ? r.symbol() : null;
    }

    private Value conditional(IrExpr.GpConditional c) {
        Value xnew = exprs.lower(c.xnew());
        if (xnew instanceof Value.Deferred) return xnew;
        Node at = ExprLowering.node(xnew);
        return new Value.Dist(new DistValue.GpConditional(source(c.gp(), at, false, c), drawShape(c.gp(), at)));
    }

    /**
     * {@code g.predict(Xnew)}: a tuple of the predictive mean and variance, known only after
     * sampling; recorded (with the names it is unpacked into) for the predictive step.
     */
    Value predict(IrExpr.GpPredict p, List<String> names) {
        Value xnew = exprs.lower(p.xnew());
        String origin = "the prediction " + p.span().text();
        if (xnew instanceof Value.Deferred) return new Value.Tuple(List.of(new Value.Deferred(origin), new Value.Deferred(origin)));
        Node at = ExprLowering.node(xnew);
        GpPrediction.Source source = source(p.gp(), at, true, p);
        if (ctx.predictive) {
            Node mean = ctx.tape.variable(drawShape(p.gp(), at));
            Node variance = ctx.tape.variable(Shape.vector(at.shape.rows()));
            ctx.predictions.add(new GpPrediction(GpPrediction.Kind.MOMENTS, names, source, p.span(), List.of(mean, variance)));
            return new Value.Tuple(List.of(new Value.Tensor(mean), new Value.Tensor(variance)));
        }
        ctx.predictions.add(new GpPrediction(GpPrediction.Kind.MOMENTS, names, source, p.span(), List.of()));
        return new Value.Tuple(List.of(new Value.Deferred(origin), new Value.Deferred(origin)));
    }

    /**
     * The shape of a draw at {@code xnew} (S rows): (S,) after a vector was observed (or for a latent
     * GP), (S, P) after a matrix of P columns, as the checker typed it.
     */
    private Shape drawShape(IrExpr gp, Node xnew) {
        Object given = gp instanceof IrExpr.Ref r ? ctx.conditioned.get(r.symbol()) : null;
        Node observed = given instanceof MarginalLikelihood ml ? ml.y() : given instanceof SparseMarginalLikelihood sml ? sml.y() : null;
        int s = xnew.shape.rows();
        return observed == null || observed.shape.rank() < 2 ? Shape.vector(s) : Shape.matrix(s, observed.shape.cols());
    }

    /** The prediction at {@code xnew} from what the GP object named by {@code gp} was conditioned on. */
    private GpPrediction.Source source(IrExpr gp, Node xnew, boolean diagonal, IrExpr at) {
        Symbol symbol = gp instanceof IrExpr.Ref r ? r.symbol() : null;
        Object given = symbol == null ? null : ctx.conditioned.get(symbol);
        if (given instanceof MarginalLikelihood ml) return ml.conditional(xnew, diagonal, false)::predict;
        if (given instanceof SparseMarginalLikelihood sml) return sml.conditional(xnew, diagonal, false)::predict;
        if (given instanceof LatentPrior lp) return lp.conditional(xnew, diagonal)::predict;
        throw LoweringError.computation(at.span(), "'" + at.span().text() + "' needs what the GP object was conditioned on,"
                + " but the data skipped it (its marginal_likelihood or prior is in a branch not taken)");
    }
}
