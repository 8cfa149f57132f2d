package org.ppl.compiler.check;

import org.ppl.compiler.ast.Expr;
import org.ppl.compiler.ast.Stmt;
import org.ppl.compiler.diag.ArgumentDiagnostic;
import org.ppl.compiler.diag.RoleDiagnostic;
import org.ppl.compiler.diag.ShapeDiagnostic;
import org.ppl.compiler.ir.Constraint;
import org.ppl.compiler.ir.GpConditioning;
import org.ppl.compiler.ir.IrExpr;
import org.ppl.compiler.ir.IrStmt;
import org.ppl.compiler.names.Symbol;
import org.ppl.compiler.roles.Roles;
import org.ppl.compiler.types.Elem;
import org.ppl.compiler.types.Type;

/**
 * {@code ~} statements: a prior makes a parameter of the distribution's shape, constrained by its
 * support; an observed term requires the value to fit the distribution. GP marginal likelihoods
 * and latent priors record what their GP object is conditioned on.
 */
final class TildeChecker {
    private final CheckContext ctx;
    private final ExprChecker exprs;
    private final Roles roles;
    private final DistributionChecker distributions;

    TildeChecker(CheckContext ctx, ExprChecker exprs, Roles roles) {
        this.ctx = ctx;
        this.exprs = exprs;
        this.roles = roles;
        this.distributions = new DistributionChecker(ctx, exprs);
    }

    IrStmt tilde(Stmt.Tilde t) {
        Roles.TildeRole role = roles.of(t);
        IrExpr dist = exprs.check(t.distribution());
        Symbol parameter = role == Roles.TildeRole.PRIOR ? ctx.resolution.symbol((Expr.Name) t.target()) : null;
        if (parameter != null) ctx.types.put(parameter, Type.UNKNOWN);
        if (role == null || CheckContext.isUnknown(dist)) return null;
        if (!(dist.type() instanceof Type.Dist d)) {
            ctx.diagnostics.report(new ArgumentDiagnostic.NotADistribution(t.distribution().span(), dist.type().describe()));
            return null;
        }
        return role == Roles.TildeRole.PRIOR ? prior(t, parameter, dist, d) : observed(t, dist);
    }

    private IrStmt prior(Stmt.Tilde t, Symbol parameter, IrExpr dist, Type.Dist d) {
        if (d.name().equals("marginal_likelihood")) {
            ctx.diagnostics.report(new ShapeDiagnostic.WrongType(t.target().span(), "the left side of marginal_likelihood's '~'",
                    "observed data", "a new parameter"));
            return null;
        }
        if (d.support().isDiscrete()) {
            ctx.diagnostics.report(new RoleDiagnostic.DiscreteParameter(t.distribution().span(), d.name()));
            return null;
        }
        Constraint constraint = constraint(dist, d);
        if (constraint == null) return null;
        Type.Tensor type = new Type.Tensor(Elem.REAL, d.shape());
        ctx.types.put(parameter, type);
        if (dist instanceof IrExpr.GpPrior prior && prior.gp() instanceof IrExpr.Ref gp) {
            ctx.conditioning.put(gp.symbol(), new GpConditioning(prior.x(), null, new IrExpr.Ref(parameter, type, t.target().span()), null));
        }
        return new IrStmt.Sample(parameter, dist, type, constraint, t.span());
    }

    /** The constraint of a parameter from its prior's support (and transform="ordered"); null after an error. */
    private Constraint constraint(IrExpr dist, Type.Dist d) {
        if (d.name().equals("prior")) return new Constraint.Whitened();
        if (dist instanceof IrExpr.Distribution named && named.ordered()) {
            if (d.shape().size() != 1 || d.support() != org.ppl.dist.Support.REAL) {
                ctx.diagnostics.report(new ShapeDiagnostic.WrongType(dist.span(), "transform=\"ordered\"",
                        "used on a vector over all reals", "used on " + d.name() + " with shape " + org.ppl.compiler.types.Shapes.spell(d.shape())));
                return null;
            }
            return new Constraint.Ordered();
        }
        switch (d.support()) {
            case POSITIVE:
                return new Constraint.Positive();
            case UNIT_INTERVAL:
                return new Constraint.UnitInterval();
            case ARGUMENT_INTERVAL:
                IrExpr.Distribution named = (IrExpr.Distribution) dist;
                return new Constraint.Interval(named.args().get(0), named.args().get(1));
            case SIMPLEX:
                return new Constraint.Simplex();
            case CORRELATION_CHOLESKY:
                return new Constraint.CorrelationCholesky();
            default:
                return new Constraint.Unconstrained();
        }
    }

    private IrStmt observed(Stmt.Tilde t, IrExpr dist) {
        IrExpr value = exprs.check(t.target());
        if (CheckContext.isUnknown(value)) return null;
        String gpMethod = ((Type.Dist) dist.type()).name();
        if (gpMethod.equals("prior") || gpMethod.equals("conditional")) {
            ctx.diagnostics.report(new ShapeDiagnostic.WrongType(t.target().span(), "the left side of " + gpMethod + "'s '~'",
                    "a new parameter", "observed data (observe data with marginal_likelihood or a distribution)"));
            return null;
        }
        if (dist instanceof IrExpr.Distribution named && named.ordered()) {
            ctx.diagnostics.report(new ShapeDiagnostic.WrongType(dist.span(), "transform=", "used on a parameter's prior", "used on observed data"));
            return null;
        }
        if (!distributions.fits(dist, value, "the observed value")) return null;
        if (dist instanceof IrExpr.GpMarginalLikelihood ml && ml.gp() instanceof IrExpr.Ref gp) {
            ctx.conditioning.put(gp.symbol(), new GpConditioning(ml.x(), ml.xu(), value, ml.noise()));
        }
        return new IrStmt.Observe(value, dist, t.span());
    }
}
