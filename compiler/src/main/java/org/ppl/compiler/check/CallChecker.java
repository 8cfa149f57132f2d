package org.ppl.compiler.check;

import java.util.List;
import java.util.Map;
import org.ppl.compiler.ast.Argument;
import org.ppl.compiler.ast.Expr;
import org.ppl.compiler.diag.ArgumentDiagnostic;
import org.ppl.compiler.diag.NameDiagnostic;
import org.ppl.compiler.diag.ShapeDiagnostic;
import org.ppl.compiler.ir.IrExpr;
import org.ppl.compiler.names.Suggestions;
import org.ppl.compiler.names.Symbol;
import org.ppl.compiler.signatures.ArgumentMatcher;
import org.ppl.compiler.signatures.Builtin;
import org.ppl.compiler.signatures.DistributionSignatures;
import org.ppl.compiler.signatures.GpSignatures;
import org.ppl.compiler.signatures.Param;
import org.ppl.compiler.signatures.Signature;
import org.ppl.compiler.types.Type;

/**
 * Calls: decides what is called (a built-in function, a distribution, a {@code gp.} constructor,
 * a method of a GP object or distribution, a covariance on its inputs) and hands the call to the
 * checker of that kind.
 */
final class CallChecker {
    private final CheckContext ctx;
    private final ExprChecker exprs;
    private final FunctionTyping functions;
    private final DistributionChecker distributions;
    private final GpChecker gps;

    CallChecker(CheckContext ctx, ExprChecker exprs) {
        this.ctx = ctx;
        this.exprs = exprs;
        this.functions = new FunctionTyping(ctx, exprs);
        this.distributions = new DistributionChecker(ctx, exprs);
        this.gps = new GpChecker(ctx, exprs);
    }

    IrExpr call(Expr.Call c) {
        Expr callee = c.callee();
        if (callee instanceof Expr.Name n) {
            Symbol sym = ctx.resolution.symbol(n);
            if (sym == null) return CheckContext.unknown(c.span());
            switch (sym.kind()) {
                case BUILTIN:
                    if (Builtin.function(n.name()) == Builtin.LOGP) return distributions.logp(c);
                    return functions.apply(Builtin.function(n.name()), c);
                case DISTRIBUTION:
                    return distributions.distribution(DistributionSignatures.get(n.name()), c);
                case FUNCTION:
                    // A call the inliner could not expand; it reported why.
                    return CheckContext.unknown(c.span());
                default:
                    break;
            }
        }
        if (callee instanceof Expr.Attribute a) {
            if (exprs.isNamespace(a.target())) return gps.constructor(a, c);
            IrExpr owner = exprs.check(a.target());
            if (CheckContext.isUnknown(owner)) return owner;
            return method(owner, a, c);
        }
        IrExpr value = exprs.check(callee);
        if (CheckContext.isUnknown(value)) return value;
        if (value.type() instanceof Type.Kernel) return gps.kernelMatrix(value, c);
        return ctx.fail(new ArgumentDiagnostic.NotCallable(callee.span(), value.type().describe()));
    }

    /** {@code owner.name(...)}: logp of a distribution, or a GP object's method. */
    private IrExpr method(IrExpr owner, Expr.Attribute a, Expr.Call c) {
        if (owner.type() instanceof Type.Dist && a.name().equals("logp")) {
            Map<String, Argument> args = ArgumentMatcher.match(Signature.of(a.name(), Param.required("value")),
                    c.arguments(), c.span(), ctx.diagnostics);
            if (args == null) return CheckContext.unknown(c.span());
            return distributions.logpOf(owner, args.get("value").value(), c.span());
        }
        if (owner.type() instanceof Type.Gp gp) {
            Map<GpSignatures.Method, Signature> methods = GpSignatures.methods(gp.kind());
            for (Map.Entry<GpSignatures.Method, Signature> m : methods.entrySet()) {
                if (m.getKey().pymcName.equals(a.name())) return gps.method(owner, m.getKey(), m.getValue(), c);
            }
            List<String> names = methods.keySet().stream().map(m -> m.pymcName).toList();
            return ctx.fail(new NameDiagnostic.UnknownAttribute(a.nameSpan(), owner.type().describe(), a.name(),
                    Suggestions.nearest(a.name(), names)));
        }
        if (owner.type() instanceof Type.Dist) {
            return ctx.fail(new NameDiagnostic.UnknownAttribute(a.nameSpan(), owner.type().describe(), a.name(),
                    Suggestions.nearest(a.name(), List.of("logp"))));
        }
        if (owner.type() instanceof Type.Tensor && a.name().equals("T")) {
            return ctx.fail(new ShapeDiagnostic.WrongType(c.span(), "'.T'", "used without a call", "called"));
        }
        return ctx.fail(new NameDiagnostic.UnknownAttribute(a.nameSpan(), owner.type().describe(), a.name(), null));
    }
}
