package org.ppl.compiler.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.ppl.compiler.ast.Argument;
import org.ppl.compiler.ast.Expr;
import org.ppl.compiler.diag.ShapeDiagnostic;
import org.ppl.compiler.ir.IrExpr;
import org.ppl.compiler.signatures.ArgumentMatcher;
import org.ppl.compiler.signatures.Builtin;
import org.ppl.compiler.source.SourceSpan;
import org.ppl.compiler.types.Dim;
import org.ppl.compiler.types.Elem;
import org.ppl.compiler.types.Shapes;
import org.ppl.compiler.types.Type;

/** Types the built-in functions by their rule (NumPy's semantics on symbolic shapes). */
final class FunctionTyping {
    private final CheckContext ctx;
    private final ExprChecker exprs;
    private final SizeArguments sizes;
    private final LinalgTyping linalg;

    FunctionTyping(CheckContext ctx, ExprChecker exprs) {
        this.ctx = ctx;
        this.exprs = exprs;
        this.sizes = new SizeArguments(ctx, exprs);
        this.linalg = new LinalgTyping(ctx, exprs);
    }

    IrExpr apply(Builtin fn, Expr.Call c) {
        Map<String, Argument> args = ArgumentMatcher.match(fn.signature, c.arguments(), c.span(), ctx.diagnostics);
        if (args == null) return CheckContext.unknown(c.span());
        switch (fn.rule) {
            case RANGE:
                return ctx.fail(new ShapeDiagnostic.WrongType(c.span(), "range(...)", "the iterable of a for loop", "used as a value"));
            case EYE:
            case FILL:
                return construct(fn, args, c.span());
            case JOIN:
                return linalg.join(fn, args, c.span());
            case DOT:
            case CHOLESKY:
            case SOLVE:
            case DIAG:
            case LOGDET:
            case RESHAPE:
            case BROADCAST_TO:
                return linalg.apply(fn, args, c.span());
            default:
                break;
        }
        List<IrExpr> values = new ArrayList<>();
        for (String name : fn.signature.names()) {
            Argument a = args.get(name);
            if (a == null || name.equals("axis")) continue;
            IrExpr v = exprs.check(a.value());
            if (CheckContext.isUnknown(v)) return v;
            if (!(v.type() instanceof Type.Tensor)) return ctx.wrongType(v.span(), fn.spelling + "'s " + name, "a number or an array", v);
            values.add(v);
        }
        Argument axis = args.get("axis");
        boolean allAxes = axis == null || axis.value() instanceof Expr.NoneLiteral;
        return elementwiseOrReduction(fn, values, allAxes ? null : axis.value(), c.span());
    }

    private IrExpr elementwiseOrReduction(Builtin fn, List<IrExpr> values, Expr axisExpr, SourceSpan span) {
        Type.Tensor x = (Type.Tensor) values.get(0).type();
        switch (fn.rule) {
            case ELEMENTWISE_REAL:
                return new IrExpr.Apply(fn, values, null, x.withElem(Elem.REAL), span);
            case ELEMENTWISE_SAME:
                return new IrExpr.Apply(fn, values, null, x.elem() == Elem.BOOL ? x.withElem(Elem.INT) : x, span);
            case ELEMENTWISE_BINARY:
                return broadcastAll(fn, values, Elem.REAL, span);
            case ELEMENTWISE_BINARY_SAME:
                Type.Tensor second = (Type.Tensor) values.get(1).type();
                return broadcastAll(fn, values, Elem.widen(x.elem(), second.elem()), span);
            case WHERE:
                Type.Tensor a = (Type.Tensor) values.get(1).type();
                Type.Tensor b = (Type.Tensor) values.get(2).type();
                return broadcastAll(fn, values, a.elem() == b.elem() ? a.elem() : Elem.widen(a.elem(), b.elem()), span);
            default:
                break;
        }
        Integer axis = null;
        if (axisExpr != null) {
            int k = sizes.axis(axisExpr, Math.max(1, x.rank()));
            if (k < 0) return CheckContext.unknown(span);
            axis = k;
        }
        if (fn.rule == Builtin.Rule.SOFTMAX) {
            if (x.rank() < 1) return ctx.wrongType(values.get(0).span(), "softmax's x", "a vector or an array", values.get(0));
            return new IrExpr.Apply(fn, values, axis, x.withElem(Elem.REAL), span);
        }
        if (fn.rule == Builtin.Rule.CUMSUM) {
            Type.Tensor t = axis != null ? x : x.withDims(List.of(product(x.dims())));
            return new IrExpr.Apply(fn, values, axis, t.withElem(Elem.widen(x.elem(), Elem.INT)), span);
        }
        List<Dim> dims = new ArrayList<>();
        if (axis != null) {
            dims.addAll(x.dims());
            if (!dims.isEmpty()) dims.remove((int) axis);
        }
        return new IrExpr.Apply(fn, values, axis, new Type.Tensor(reductionElem(fn, x.elem()), dims), span);
    }

    private static Elem reductionElem(Builtin fn, Elem elem) {
        if (fn == Builtin.MIN || fn == Builtin.MAX) return elem;
        if (fn == Builtin.SUM || fn == Builtin.PROD) return Elem.widen(elem, Elem.INT);
        return Elem.REAL;
    }

    private IrExpr broadcastAll(Builtin fn, List<IrExpr> values, Elem elem, SourceSpan span) {
        List<Dim> dims = List.of();
        for (IrExpr v : values) {
            List<Dim> next = Shapes.broadcast(dims, ((Type.Tensor) v.type()).dims());
            if (next == null) {
                return ctx.fail(new ShapeDiagnostic.NotBroadcastable(v.span(), fn.spelling, Shapes.spell(dims),
                        Shapes.spell(((Type.Tensor) v.type()).dims())));
            }
            dims = next;
        }
        return new IrExpr.Apply(fn, values, null, new Type.Tensor(elem, dims), span);
    }

    /** eye(n), zeros(shape), ones(shape): the size arguments are the IR arguments. */
    private IrExpr construct(Builtin fn, Map<String, Argument> args, SourceSpan span) {
        Expr shapeExpr = args.get(fn == Builtin.EYE ? "n" : "shape").value();
        List<IrExpr> given = fn == Builtin.EYE ? singleSize(shapeExpr) : sizes.shape(shapeExpr, fn.spelling + "'s shape");
        if (given == null) return CheckContext.unknown(span);
        List<Dim> dims = sizes.dims(given);
        if (fn == Builtin.EYE) dims = List.of(dims.get(0), dims.get(0));
        return new IrExpr.Apply(fn, given, null, new Type.Tensor(Elem.REAL, dims), span);
    }

    private List<IrExpr> singleSize(Expr e) {
        IrExpr n = exprs.integer(e, "eye's n");
        return CheckContext.isUnknown(n) ? null : List.of(n);
    }

    static Dim product(List<Dim> dims) {
        Dim p = Dim.of(1);
        for (Dim d : dims) p = p.times(d);
        return p;
    }
}
