package org.ppl.compiler.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.ppl.compiler.ast.Argument;
import org.ppl.compiler.ast.Expr;
import org.ppl.compiler.diag.ArgumentDiagnostic;
import org.ppl.compiler.diag.ShapeDiagnostic;
import org.ppl.compiler.ir.IrExpr;
import org.ppl.compiler.signatures.ArgumentMatcher;
import org.ppl.compiler.signatures.Builtin;
import org.ppl.compiler.signatures.DistributionSignature;
import org.ppl.compiler.signatures.DistributionSignature.DistParam;
import org.ppl.compiler.signatures.DistributionSignature.Variant;
import org.ppl.compiler.source.SourceSpan;
import org.ppl.compiler.types.Dim;
import org.ppl.compiler.types.Elem;
import org.ppl.compiler.types.Shapes;
import org.ppl.compiler.types.Type;

/**
 * Distribution constructors ({@code Normal(0, 1, shape=(N, Q))}), {@code logp}, and whether a
 * value fits a distribution (for observed terms and logp).
 */
final class DistributionChecker {
    private static final List<String> TRANSFORMS = List.of("ordered");

    private final CheckContext ctx;
    private final ExprChecker exprs;
    private final SizeArguments sizes;

    DistributionChecker(CheckContext ctx, ExprChecker exprs) {
        this.ctx = ctx;
        this.exprs = exprs;
        this.sizes = new SizeArguments(ctx, exprs);
    }

    IrExpr distribution(DistributionSignature sig, Expr.Call c) {
        Variant variant = variant(sig, c.arguments());
        Map<String, Argument> bound = ArgumentMatcher.match(variant.signature(sig.name()), c.arguments(), c.span(), ctx.diagnostics);
        if (bound == null) return CheckContext.unknown(c.span());
        List<IrExpr> args = new ArrayList<>();
        boolean ok = true;
        for (DistParam p : variant.params()) {
            IrExpr arg = argument(sig, p, bound.get(p.name()), c.span());
            ok &= !CheckContext.isUnknown(arg);
            args.add(arg);
        }
        if (!ok) return CheckContext.unknown(c.span());
        List<Dim> shape = ShapeRules.shape(sig, variant, args, ctx, sizes);
        if (shape == null) return CheckContext.unknown(c.span());
        List<IrExpr> shapeSizes = null;
        boolean explicit = bound.containsKey("shape");
        if (explicit) {
            Expr shapeExpr = bound.get("shape").value();
            shapeSizes = sizes.shape(shapeExpr, sig.name() + "'s shape");
            if (shapeSizes == null) return CheckContext.unknown(c.span());
            List<Dim> given = sizes.dims(shapeSizes);
            if (!Shapes.broadcastsTo(shape, given)) {
                return ctx.fail(new ShapeDiagnostic.ValueShape(shapeExpr.span(), "shape=", Shapes.spell(given),
                        sig.name() + "'s arguments have shape " + Shapes.spell(shape)));
            }
            shape = given;
        }
        boolean ordered = false;
        if (bound.containsKey("transform")) {
            ordered = transform(sig, bound.get("transform").value());
            if (!ordered) return CheckContext.unknown(c.span());
        }
        int eventRank = ShapeRules.eventRank(sig.shapeRule());
        Type.Dist type = new Type.Dist(sig.name(), sig.support(), sig.integerValued() ? Elem.INT : Elem.REAL, shape, eventRank, explicit, false);
        return new IrExpr.Distribution(sig, variant, args, shapeSizes, ordered, type, c.span());
    }

    /** The parameterisation whose parameters cover the keywords given (PyMC's default first). */
    private static Variant variant(DistributionSignature sig, List<Argument> args) {
        Set<String> keywords = args.stream().filter(Argument::isKeyword).map(Argument::keyword)
                .filter(k -> !k.equals("shape") && !k.equals("transform")).collect(Collectors.toSet());
        Variant best = sig.variants().get(0);
        long bestCovered = -1;
        for (Variant v : sig.variants()) {
            long covered = keywords.stream().filter(v.names()::contains).count();
            if (covered > bestCovered) {
                best = v;
                bestCovered = covered;
            }
        }
        return best;
    }

    private IrExpr argument(DistributionSignature sig, DistParam p, Argument given, SourceSpan call) {
        if (given == null) return new IrExpr.Constant(p.defaultValue(), Type.REAL, call);
        IrExpr arg = exprs.check(given.value());
        if (CheckContext.isUnknown(arg)) return arg;
        if (!(arg.type() instanceof Type.Tensor t)) {
            return ctx.wrongType(given.value().span(), sig.name() + "'s " + p.name(), "a number or an array", arg);
        }
        boolean integer = p.domain().name().endsWith("INTEGER");
        if (integer && t.elem() == Elem.REAL) return ctx.wrongType(given.value().span(), sig.name() + "'s " + p.name(), "an integer", arg);
        if (!Literals.checkDomain(arg, p.domain(), sig.name(), p.name(), ctx.diagnostics)) return CheckContext.unknown(arg.span());
        return arg;
    }

    private boolean transform(DistributionSignature sig, Expr e) {
        IrExpr t = exprs.check(e);
        if (CheckContext.isUnknown(t)) return false;
        if (!(t instanceof IrExpr.Str s)) {
            ctx.wrongType(e.span(), sig.name() + "'s transform", "a string such as \"ordered\"", t);
            return false;
        }
        if (!TRANSFORMS.contains(s.value())) {
            ctx.diagnostics.report(new ArgumentDiagnostic.UnknownOption(e.span(), sig.name(), "transform", s.value(), TRANSFORMS));
            return false;
        }
        return true;
    }

    /** {@code logp(dist, value)}. */
    IrExpr logp(Expr.Call c) {
        Map<String, Argument> args = ArgumentMatcher.match(Builtin.LOGP.signature, c.arguments(), c.span(), ctx.diagnostics);
        if (args == null) return CheckContext.unknown(c.span());
        IrExpr dist = exprs.check(args.get("dist").value());
        if (CheckContext.isUnknown(dist)) return dist;
        if (!(dist.type() instanceof Type.Dist)) return ctx.wrongType(dist.span(), "logp's dist", "a distribution", dist);
        return logpOf(dist, args.get("value").value(), c.span());
    }

    /** {@code dist.logp(value)}: a real scalar, the log density summed over the value's elements. */
    IrExpr logpOf(IrExpr dist, Expr valueExpr, SourceSpan span) {
        String name = ((Type.Dist) dist.type()).name();
        if (name.equals("prior") || name.equals("conditional")) {
            return ctx.fail(new ShapeDiagnostic.WrongType(dist.span(), "logp's dist", "a distribution with a density", "a GP " + name));
        }
        IrExpr value = exprs.check(valueExpr);
        if (CheckContext.isUnknown(value) || !fits(dist, value, "the value of logp")) return CheckContext.unknown(span);
        return new IrExpr.Logp(dist, value, Type.REAL, span);
    }

    /** Whether {@code value} can be a value of {@code dist}; reports why not. */
    boolean fits(IrExpr dist, IrExpr value, String what) {
        if (CheckContext.isUnknown(dist) || CheckContext.isUnknown(value)) return false;
        Type.Dist d = (Type.Dist) dist.type();
        if (!(value.type() instanceof Type.Tensor v)) {
            ctx.wrongType(value.span(), what, "a number or an array", value);
            return false;
        }
        if (d.valueElem() == Elem.INT && v.elem() == Elem.REAL) {
            ctx.wrongType(value.span(), what + " of " + d.name(), "integers (declare the data int)", value);
            return false;
        }
        boolean ok;
        if (d.columns()) {
            ok = (v.rank() == 1 || v.rank() == 2) && !v.dims().get(0).provablyDifferent(d.shape().get(0));
        } else {
            ok = d.explicitShape() ? Shapes.compatible(d.shape(), v.dims()) : Shapes.broadcastsTo(d.shape(), v.dims());
        }
        if (!ok) {
            String expected = d.columns() ? "the GP's inputs have " + d.shape().get(0) + " rows"
                    : "the distribution has shape " + Shapes.spell(d.shape());
            ctx.diagnostics.report(new ShapeDiagnostic.ValueShape(value.span(), what, Shapes.spell(v.dims()), expected));
        }
        return ok;
    }
}
