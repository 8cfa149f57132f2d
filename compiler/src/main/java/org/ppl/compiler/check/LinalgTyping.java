package org.ppl.compiler.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.ppl.compiler.ast.Argument;
import org.ppl.compiler.ast.Expr;
import org.ppl.compiler.diag.ShapeDiagnostic;
import org.ppl.compiler.ir.IrExpr;
import org.ppl.compiler.signatures.Builtin;
import org.ppl.compiler.source.SourceSpan;
import org.ppl.compiler.types.Dim;
import org.ppl.compiler.types.Elem;
import org.ppl.compiler.types.Shapes;
import org.ppl.compiler.types.Type;

/** Types dot, cholesky, solve, diag, reshape, stack and concatenate. */
final class LinalgTyping {
    private final CheckContext ctx;
    private final ExprChecker exprs;
    private final SizeArguments sizes;

    LinalgTyping(CheckContext ctx, ExprChecker exprs) {
        this.ctx = ctx;
        this.exprs = exprs;
        this.sizes = new SizeArguments(ctx, exprs);
    }

    IrExpr apply(Builtin fn, Map<String, Argument> args, SourceSpan span) {
        IrExpr first = tensor(fn, fn.signature.names().get(0), args);
        if (CheckContext.isUnknown(first)) return first;
        Type.Tensor a = (Type.Tensor) first.type();
        switch (fn) {
            case CHOLESKY:
                if (!square(first, a, fn)) return CheckContext.unknown(span);
                return new IrExpr.Apply(fn, List.of(first), null, a.withElem(Elem.REAL), span);
            case DIAG:
                return diag(first, a, span);
            case LOGDET:
                if (!square(first, a, fn)) return CheckContext.unknown(span);
                return new IrExpr.Apply(fn, List.of(first), null, org.ppl.compiler.types.Type.REAL, span);
            case RESHAPE:
                return reshape(first, a, args.get("shape").value(), span);
            case BROADCAST_TO:
                return broadcastTo(first, a, args.get("shape").value(), span);
            default:
                break;
        }
        IrExpr second = tensor(fn, "b", args);
        if (CheckContext.isUnknown(second)) return second;
        Type.Tensor b = (Type.Tensor) second.type();
        if (fn == Builtin.SOLVE) {
            if (!square(first, a, fn)) return CheckContext.unknown(span);
            if (b.rank() < 1 || b.rank() > 2) return ctx.wrongType(second.span(), "solve's b", "a vector or a matrix", second);
            if (!sameSize(span, fn, "the sizes of a and b", a.dims().get(0), b.dims().get(0))) return CheckContext.unknown(span);
            return new IrExpr.Apply(fn, List.of(first, second), null, b.withElem(Elem.REAL), span);
        }
        return dot(first, a, second, b, span);
    }

    private IrExpr tensor(Builtin fn, String name, Map<String, Argument> args) {
        Expr e = args.get(name).value();
        IrExpr v = exprs.check(e);
        if (CheckContext.isUnknown(v) || v.type() instanceof Type.Tensor) return v;
        return ctx.wrongType(e.span(), fn.spelling + "'s " + name, "a number or an array", v);
    }

    private boolean square(IrExpr v, Type.Tensor t, Builtin fn) {
        if (t.rank() != 2) {
            ctx.wrongType(v.span(), fn.spelling + "'s argument", "a square matrix", v);
            return false;
        }
        return sameSize(v.span(), fn, "the rows and columns", t.dims().get(0), t.dims().get(1));
    }

    private boolean sameSize(SourceSpan span, Builtin fn, String what, Dim a, Dim b) {
        if (!a.provablyDifferent(b)) return true;
        ctx.diagnostics.report(new ShapeDiagnostic.SizeMismatch(span, fn.spelling, what, a.toString(), b.toString()));
        return false;
    }

    /** NumPy's dot: scalars multiply, vectors give their inner product, matrices their product. */
    private IrExpr dot(IrExpr first, Type.Tensor a, IrExpr second, Type.Tensor b, SourceSpan span) {
        Elem elem = Elem.widen(a.elem(), b.elem());
        if (a.isScalar() || b.isScalar()) {
            List<Dim> dims = a.isScalar() ? b.dims() : a.dims();
            return new IrExpr.Apply(Builtin.DOT, List.of(first, second), null, new Type.Tensor(elem, dims), span);
        }
        if (a.rank() > 2) return ctx.wrongType(first.span(), "dot's a", "a vector or a matrix", first);
        if (b.rank() > 2) return ctx.wrongType(second.span(), "dot's b", "a vector or a matrix", second);
        if (!sameSize(span, Builtin.DOT, "the inner sizes of " + Shapes.spell(a.dims()) + " and " + Shapes.spell(b.dims()),
                a.dims().get(a.rank() - 1), b.dims().get(0))) {
            return CheckContext.unknown(span);
        }
        List<Dim> dims = new ArrayList<>();
        if (a.rank() == 2) dims.add(a.dims().get(0));
        if (b.rank() == 2) dims.add(b.dims().get(1));
        return new IrExpr.Apply(Builtin.DOT, List.of(first, second), null, new Type.Tensor(elem, dims), span);
    }

    /** NumPy's diag: a vector becomes a diagonal matrix; a matrix gives its diagonal. */
    private IrExpr diag(IrExpr x, Type.Tensor t, SourceSpan span) {
        List<Dim> dims;
        if (t.rank() == 1) {
            dims = List.of(t.dims().get(0), t.dims().get(0));
        } else if (t.rank() == 2) {
            Dim rows = t.dims().get(0);
            Dim cols = t.dims().get(1);
            boolean constants = rows.constant().isPresent() && cols.constant().isPresent();
            dims = List.of(constants ? Dim.of(Math.min(rows.constant().getAsLong(), cols.constant().getAsLong())) : rows);
        } else {
            return ctx.wrongType(x.span(), "diag's argument", "a vector or a matrix", x);
        }
        return new IrExpr.Apply(Builtin.DIAG, List.of(x), null, t.withDims(dims), span);
    }

    /** reshape(x, shape): the number of elements must stay the same. */
    private IrExpr reshape(IrExpr x, Type.Tensor t, Expr shapeExpr, SourceSpan span) {
        List<IrExpr> given = sizes.shape(shapeExpr, "reshape's shape");
        if (given == null) return CheckContext.unknown(span);
        List<Dim> dims = sizes.dims(given);
        Dim before = FunctionTyping.product(t.dims());
        Dim after = FunctionTyping.product(dims);
        if (before.provablyDifferent(after)) {
            return ctx.fail(new ShapeDiagnostic.SizeMismatch(shapeExpr.span(), "reshape", "the numbers of elements of "
                    + Shapes.spell(t.dims()) + " and " + Shapes.spell(dims), before.toString(), after.toString()));
        }
        List<IrExpr> irArgs = new ArrayList<>();
        irArgs.add(x);
        irArgs.addAll(given);
        return new IrExpr.Apply(Builtin.RESHAPE, irArgs, null, t.withDims(dims), span);
    }

    /** broadcast_to(x, shape): NumPy's, x must broadcast to the shape without changing it. */
    private IrExpr broadcastTo(IrExpr x, Type.Tensor t, Expr shapeExpr, SourceSpan span) {
        List<IrExpr> given = sizes.shape(shapeExpr, "broadcast_to's shape");
        if (given == null) return CheckContext.unknown(span);
        List<Dim> dims = sizes.dims(given);
        if (!Shapes.broadcastsTo(t.dims(), dims)) {
            return ctx.fail(new ShapeDiagnostic.NotBroadcastable(shapeExpr.span(), "broadcast_to", Shapes.spell(t.dims()), Shapes.spell(dims)));
        }
        List<IrExpr> irArgs = new ArrayList<>();
        irArgs.add(x);
        irArgs.addAll(given);
        return new IrExpr.Apply(Builtin.BROADCAST_TO, irArgs, null, t.withDims(dims), span);
    }

    /** stack([a, b], axis) adds an axis; concatenate([a, b], axis) joins along one. */
    IrExpr join(Builtin fn, Map<String, Argument> args, SourceSpan span) {
        Expr arrays = args.get("arrays").value();
        List<Expr> items = arrays instanceof Expr.ListExpr l ? l.items() : arrays instanceof Expr.Tuple t ? t.items() : null;
        if (items == null || items.isEmpty()) {
            return ctx.fail(new ShapeDiagnostic.WrongType(arrays.span(), fn.spelling + "'s arrays", "a list [a, b, ...] of arrays",
                    "'" + arrays.span().text() + "'"));
        }
        List<IrExpr> values = exprs.checkAll(items);
        List<Dim> first = null;
        Elem elem = null;
        for (IrExpr v : values) {
            if (CheckContext.isUnknown(v)) return v;
            if (!(v.type() instanceof Type.Tensor t)) return ctx.wrongType(v.span(), "an item of " + fn.spelling, "an array", v);
            if (first == null) first = t.dims();
            elem = elem == null ? t.elem() : Elem.widen(elem, t.elem());
        }
        int rank = first.size() + (fn == Builtin.STACK ? 1 : 0);
        if (fn == Builtin.CONCATENATE && first.isEmpty()) return ctx.wrongType(values.get(0).span(), "an item of concatenate", "an array", values.get(0));
        int axis = args.containsKey("axis") ? sizes.axis(args.get("axis").value(), rank) : 0;
        if (axis < 0) return CheckContext.unknown(span);
        Dim joined = Dim.of(0);
        for (IrExpr v : values) {
            List<Dim> dims = ((Type.Tensor) v.type()).dims();
            boolean fits = fn == Builtin.STACK ? Shapes.compatible(first, dims) : sameExceptAxis(first, dims, axis);
            if (!fits) {
                return ctx.fail(new ShapeDiagnostic.ValueShape(v.span(), "this item of " + fn.spelling, Shapes.spell(dims),
                        "the first has shape " + Shapes.spell(first)));
            }
            if (fn == Builtin.CONCATENATE) joined = joined.plus(dims.get(axis));
        }
        List<Dim> out = new ArrayList<>(first);
        if (fn == Builtin.STACK) out.add(axis, Dim.of(values.size()));
        else out.set(axis, joined);
        return new IrExpr.Apply(fn, values, axis, new Type.Tensor(elem, out), span);
    }

    private static boolean sameExceptAxis(List<Dim> a, List<Dim> b, int axis) {
        if (a.size() != b.size()) return false;
        for (int i = 0; i < a.size(); i++) if (i != axis && a.get(i).provablyDifferent(b.get(i))) return false;
        return true;
    }
}
