package org.ppl.compiler.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.ppl.compiler.ast.Argument;
import org.ppl.compiler.ast.Expr;
import org.ppl.compiler.diag.ArgumentDiagnostic;
import org.ppl.compiler.diag.NameDiagnostic;
import org.ppl.compiler.diag.ShapeDiagnostic;
import org.ppl.compiler.ir.IrExpr;
import org.ppl.compiler.names.Suggestions;
import org.ppl.compiler.signatures.ArgumentMatcher;
import org.ppl.compiler.signatures.GpSignatures;
import org.ppl.compiler.signatures.GpSignatures.GpParam;
import org.ppl.compiler.signatures.GpSignatures.ObjectKind;
import org.ppl.compiler.signatures.Param;
import org.ppl.compiler.signatures.Signature;
import org.ppl.compiler.types.Dim;
import org.ppl.compiler.types.Elem;
import org.ppl.compiler.types.Type;

/**
 * The {@code gp.} namespace: covariance and mean constructors, GP objects, and covariances called
 * on their inputs. The methods of GP objects are in {@link GpMethodChecker}.
 */
final class GpChecker {
    private final CheckContext ctx;
    private final ExprChecker exprs;
    private final GpMethodChecker methods;

    GpChecker(CheckContext ctx, ExprChecker exprs) {
        this.ctx = ctx;
        this.exprs = exprs;
        this.methods = new GpMethodChecker(ctx, exprs, this);
    }

    /** {@code gp.Name(...)} or {@code gp.mean.Name(...)}. */
    IrExpr constructor(Expr.Attribute callee, Expr.Call c) {
        List<Expr.Attribute> path = new ArrayList<>();
        for (Expr e = callee; e instanceof Expr.Attribute a; e = a.target()) path.add(0, a);
        if (path.size() == 2 && path.get(0).name().equals("mean")) {
            Expr.Attribute member = path.get(1);
            GpSignatures.Mean mean = GpSignatures.mean(member.name());
            if (mean == null) {
                return ctx.fail(new NameDiagnostic.UnknownAttribute(member.nameSpan(), "'gp.mean'", member.name(),
                        Suggestions.nearest(member.name(), GpSignatures.meanNames())));
            }
            return mean(mean, c);
        }
        Expr.Attribute member = path.get(0);
        boolean known = GpSignatures.namespaceMembers().contains(member.name());
        if (path.size() == 1) {
            GpSignatures.Kernel kernel = GpSignatures.kernel(member.name());
            if (kernel != null) return kernel(kernel, c);
            for (ObjectKind kind : ObjectKind.values()) if (kind.pymcName.equals(member.name())) return object(kind, c);
            if (known) return ctx.fail(new ArgumentDiagnostic.NotCallable(callee.span(), "the namespace 'gp.mean'"));
        }
        if (!known) {
            return ctx.fail(new NameDiagnostic.UnknownAttribute(member.nameSpan(), "'gp'", member.name(),
                    Suggestions.nearest(member.name(), GpSignatures.namespaceMembers())));
        }
        Expr.Attribute next = path.get(1);
        return ctx.fail(new NameDiagnostic.UnknownAttribute(next.nameSpan(), "'gp." + member.name() + "'", next.name(), null));
    }

    private IrExpr kernel(GpSignatures.Kernel kernel, Expr.Call c) {
        Signature sig = kernel.signature();
        Map<String, Argument> bound = ArgumentMatcher.match(sig, c.arguments(), c.span(), ctx.diagnostics);
        if (bound == null) return CheckContext.unknown(c.span());
        IrExpr inputDim = null;
        Dim dim = null;
        if (kernel.takesInputDim()) {
            inputDim = exprs.integer(bound.get("input_dim").value(), sig.callee() + "'s input_dim");
            if (CheckContext.isUnknown(inputDim)) return inputDim;
            if (!Literals.checkDomain(inputDim, org.ppl.dist.Distribution.Domain.POSITIVE_INTEGER, sig.callee(), "input_dim", ctx.diagnostics)) {
                return CheckContext.unknown(c.span());
            }
            dim = Dims.of(inputDim, ctx);
        }
        List<IrExpr> args = new ArrayList<>();
        for (GpParam p : kernel.params()) {
            Argument a = bound.get(p.name());
            if (a == null) {
                args.add(null);
                continue;
            }
            IrExpr arg = parameter(sig.callee(), p, a.value(), dim);
            if (CheckContext.isUnknown(arg)) return arg;
            args.add(arg);
        }
        return new IrExpr.Kernel(kernel, inputDim, args, new Type.Kernel(dim), c.span());
    }

    /** A covariance or mean parameter: a real scalar, or one value per input dimension where allowed. */
    private IrExpr parameter(String callee, GpParam p, Expr e, Dim dim) {
        IrExpr arg = exprs.check(e);
        if (CheckContext.isUnknown(arg)) return arg;
        String what = callee + "'s " + p.name();
        if (!(arg.type() instanceof Type.Tensor t)) return ctx.wrongType(e.span(), what, "a number", arg);
        boolean scalarOk = p.size() != GpSignatures.Size.PER_DIMENSION;
        boolean vectorOk = p.size() != GpSignatures.Size.SCALAR;
        if (t.isScalar() && !scalarOk || t.rank() == 1 && !vectorOk || t.rank() > 1) {
            String expected = scalarOk && vectorOk ? "a scalar or a vector with one value per input dimension"
                    : scalarOk ? "a scalar" : "a vector with one value per input dimension";
            return ctx.wrongType(e.span(), what, expected, arg);
        }
        if (t.rank() == 1 && dim != null && t.dims().get(0).provablyDifferent(dim)) {
            return ctx.fail(new ShapeDiagnostic.SizeMismatch(e.span(), callee, "the size of " + p.name() + " and input_dim",
                    t.dims().get(0).toString(), dim.toString()));
        }
        if (!Literals.checkDomain(arg, p.domain(), callee, p.name(), ctx.diagnostics)) return CheckContext.unknown(arg.span());
        return arg;
    }

    private IrExpr mean(GpSignatures.Mean mean, Expr.Call c) {
        Signature sig = mean.signature();
        Map<String, Argument> bound = ArgumentMatcher.match(sig, c.arguments(), c.span(), ctx.diagnostics);
        if (bound == null) return CheckContext.unknown(c.span());
        List<IrExpr> args = new ArrayList<>();
        Dim dim = null;
        for (int i = 0; i < mean.params().size(); i++) {
            GpParam p = mean.params().get(i);
            Argument a = bound.get(p.name());
            if (a == null) {
                args.add(new IrExpr.Constant(mean.defaults().get(i), Type.REAL, c.span()));
                continue;
            }
            IrExpr arg = parameter(sig.callee(), p, a.value(), null);
            if (CheckContext.isUnknown(arg)) return arg;
            if (p.size() == GpSignatures.Size.PER_DIMENSION) dim = ((Type.Tensor) arg.type()).dims().get(0);
            args.add(arg);
        }
        return new IrExpr.Mean(mean, args, new Type.Mean(dim), c.span());
    }

    private IrExpr object(ObjectKind kind, Expr.Call c) {
        Signature sig = kind.signature();
        Map<String, Argument> bound = ArgumentMatcher.match(sig, c.arguments(), c.span(), ctx.diagnostics);
        if (bound == null) return CheckContext.unknown(c.span());
        IrExpr cov = exprs.check(bound.get("cov_func").value());
        if (CheckContext.isUnknown(cov)) return cov;
        if (!(cov.type() instanceof Type.Kernel k)) return ctx.wrongType(cov.span(), sig.callee() + "'s cov_func", "a covariance function", cov);
        IrExpr mean = null;
        if (bound.containsKey("mean_func")) {
            mean = exprs.check(bound.get("mean_func").value());
            if (CheckContext.isUnknown(mean)) return mean;
            if (!(mean.type() instanceof Type.Mean m)) return ctx.wrongType(mean.span(), sig.callee() + "'s mean_func", "a mean function", mean);
            if (m.inputDim() != null && k.inputDim() != null && m.inputDim().provablyDifferent(k.inputDim())) {
                return ctx.fail(new ShapeDiagnostic.SizeMismatch(mean.span(), sig.callee(), "the input dimensions of mean_func and cov_func",
                        m.inputDim().toString(), k.inputDim().toString()));
            }
        }
        String approx = null;
        if (kind == ObjectKind.MARGINAL_APPROX) {
            approx = GpSignatures.APPROXIMATIONS.get(0);
            if (bound.containsKey("approx")) {
                Expr e = bound.get("approx").value();
                IrExpr a = exprs.check(e);
                if (CheckContext.isUnknown(a)) return a;
                if (!(a instanceof IrExpr.Str s)) return ctx.wrongType(e.span(), sig.callee() + "'s approx", "a string", a);
                if (!GpSignatures.APPROXIMATIONS.contains(s.value())) {
                    return ctx.fail(new ArgumentDiagnostic.UnknownOption(e.span(), sig.callee(), "approx", s.value(), GpSignatures.APPROXIMATIONS));
                }
                approx = s.value();
            }
        }
        return new IrExpr.GpObject(kind, mean, cov, approx, new Type.Gp(kind, k.inputDim()), c.span());
    }

    /** {@code cov(X)} or {@code cov(X, Xs)}: the covariance matrix. */
    IrExpr kernelMatrix(IrExpr kernel, Expr.Call c) {
        Signature sig = Signature.of("a covariance function", Param.required("X"), Param.optional("Xs"));
        Map<String, Argument> bound = ArgumentMatcher.match(sig, c.arguments(), c.span(), ctx.diagnostics);
        if (bound == null) return CheckContext.unknown(c.span());
        Dim dim = ((Type.Kernel) kernel.type()).inputDim();
        IrExpr x = inputs(bound.get("X").value(), dim, "X");
        if (CheckContext.isUnknown(x)) return x;
        IrExpr xs = null;
        Dim cols = rows(x);
        if (bound.containsKey("Xs")) {
            xs = inputs(bound.get("Xs").value(), dim, "Xs");
            if (CheckContext.isUnknown(xs)) return xs;
            cols = rows(xs);
        }
        return new IrExpr.KernelMatrix(kernel, x, xs, new Type.Tensor(Elem.REAL, List.of(rows(x), cols)), c.span());
    }

    static Dim rows(IrExpr inputs) {
        return ((Type.Tensor) inputs.type()).dims().get(0);
    }

    /** GP inputs: a matrix with one row per point and input_dim columns. */
    IrExpr inputs(Expr e, Dim inputDim, String name) {
        IrExpr x = exprs.check(e);
        if (CheckContext.isUnknown(x)) return x;
        if (!(x.type() instanceof Type.Tensor t) || t.rank() != 2 || t.elem() == Elem.BOOL) {
            return ctx.wrongType(e.span(), name, "a matrix of inputs (one row per point)", x);
        }
        if (inputDim != null && t.dims().get(1).provablyDifferent(inputDim)) {
            return ctx.fail(new ShapeDiagnostic.SizeMismatch(e.span(), name, "its columns and the covariance's input_dim",
                    t.dims().get(1).toString(), inputDim.toString()));
        }
        return x;
    }

    IrExpr method(IrExpr owner, GpSignatures.Method method, Signature sig, Expr.Call c) {
        return methods.method(owner, method, sig, c);
    }
}
