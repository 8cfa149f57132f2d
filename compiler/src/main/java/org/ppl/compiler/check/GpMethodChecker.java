package org.ppl.compiler.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.ppl.compiler.ast.Argument;
import org.ppl.compiler.ast.Expr;
import org.ppl.compiler.diag.RoleDiagnostic;
import org.ppl.compiler.ir.GpConditioning;
import org.ppl.compiler.ir.IrExpr;
import org.ppl.compiler.signatures.ArgumentMatcher;
import org.ppl.compiler.signatures.GpSignatures.Method;
import org.ppl.compiler.signatures.GpSignatures.ObjectKind;
import org.ppl.compiler.signatures.Signature;
import org.ppl.compiler.types.Dim;
import org.ppl.compiler.types.Elem;
import org.ppl.compiler.types.Type;
import org.ppl.dist.Support;

/**
 * Methods of GP objects. marginal_likelihood and prior are distributions for the left side of a
 * {@code ~} (which records what the object is conditioned on); conditional and predict need that
 * conditioning, so they must come after it, on the same named object.
 */
final class GpMethodChecker {
    private final CheckContext ctx;
    private final ExprChecker exprs;
    private final GpChecker gps;

    GpMethodChecker(CheckContext ctx, ExprChecker exprs, GpChecker gps) {
        this.ctx = ctx;
        this.exprs = exprs;
        this.gps = gps;
    }

    IrExpr method(IrExpr owner, Method method, Signature sig, Expr.Call c) {
        Map<String, Argument> bound = ArgumentMatcher.match(sig, c.arguments(), c.span(), ctx.diagnostics);
        if (bound == null) return CheckContext.unknown(c.span());
        Type.Gp gp = (Type.Gp) owner.type();
        String inputName = method == Method.MARGINAL_LIKELIHOOD || method == Method.PRIOR ? "X" : "Xnew";
        IrExpr x = gps.inputs(bound.get(inputName).value(), gp.inputDim(), inputName);
        if (CheckContext.isUnknown(x)) return x;
        Dim n = GpChecker.rows(x);
        switch (method) {
            case MARGINAL_LIKELIHOOD:
                return marginalLikelihood(owner, gp, bound, x, n, c);
            case PRIOR:
                return new IrExpr.GpPrior(owner, x, gpDist("prior", n, false), c.span());
            default:
                return predictive(owner, gp, method, x, n, c);
        }
    }

    private IrExpr marginalLikelihood(IrExpr owner, Type.Gp gp, Map<String, Argument> bound, IrExpr x, Dim n, Expr.Call c) {
        IrExpr xu = null;
        if (gp.kind() == ObjectKind.MARGINAL_APPROX) {
            xu = gps.inputs(bound.get("Xu").value(), gp.inputDim(), "Xu");
            if (CheckContext.isUnknown(xu)) return xu;
        }
        Expr noiseExpr = bound.get("noise").value();
        IrExpr noise = exprs.check(noiseExpr);
        if (CheckContext.isUnknown(noise)) return noise;
        if (!(noise.type() instanceof Type.Tensor t) || !t.isScalar()) {
            return ctx.wrongType(noiseExpr.span(), "noise", "a real scalar (the noise standard deviation)", noise);
        }
        if (!Literals.checkDomain(noise, org.ppl.dist.Distribution.Domain.POSITIVE, "marginal_likelihood", "noise", ctx.diagnostics)) {
            return CheckContext.unknown(noise.span());
        }
        return new IrExpr.GpMarginalLikelihood(owner, x, xu, noise, gpDist("marginal_likelihood", n, true), c.span());
    }

    /** conditional(Xnew) and predict(Xnew), given what the named GP object was conditioned on. */
    private IrExpr predictive(IrExpr owner, Type.Gp gp, Method method, IrExpr xnew, Dim m, Expr.Call c) {
        GpConditioning given = owner instanceof IrExpr.Ref r ? ctx.conditioning.get(r.symbol()) : null;
        if (given == null) {
            String needed = gp.kind() == ObjectKind.LATENT ? "prior" : "marginal_likelihood";
            return ctx.fail(new RoleDiagnostic.GpNotConditioned(c.span(), method.pymcName, needed));
        }
        List<Dim> shape = new ArrayList<>();
        shape.add(m);
        Type.Tensor observed = (Type.Tensor) given.observed().type();
        if (observed.rank() == 2) shape.add(observed.dims().get(1));
        if (method == Method.CONDITIONAL) {
            Type.Dist type = new Type.Dist("conditional", Support.REAL, Elem.REAL, shape, 1, false, false);
            return new IrExpr.GpConditional(owner, xnew, given, type, c.span());
        }
        Type.Tensor mean = new Type.Tensor(Elem.REAL, shape);
        Type.Tensor variance = new Type.Tensor(Elem.REAL, List.of(m));
        return new IrExpr.GpPredict(owner, xnew, given, new Type.Tuple(List.of(mean, variance)), c.span());
    }

    private static Type.Dist gpDist(String name, Dim n, boolean columns) {
        return new Type.Dist(name, Support.REAL, Elem.REAL, List.of(n), 1, false, columns);
    }
}
