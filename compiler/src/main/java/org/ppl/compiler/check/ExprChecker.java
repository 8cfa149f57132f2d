package org.ppl.compiler.check;

import java.util.ArrayList;
import java.util.List;
import org.ppl.compiler.ast.Expr;
import org.ppl.compiler.diag.NameDiagnostic;
import org.ppl.compiler.diag.ShapeDiagnostic;
import org.ppl.compiler.ir.IrExpr;
import org.ppl.compiler.names.Suggestions;
import org.ppl.compiler.names.Symbol;
import org.ppl.compiler.signatures.Builtin;
import org.ppl.compiler.types.Dim;
import org.ppl.compiler.types.Elem;
import org.ppl.compiler.types.Shapes;
import org.ppl.compiler.types.Type;

/**
 * Types expressions and builds their IR: names, literals, operators (NumPy's broadcasting, the
 * matrix product, covariance algebra), attributes, tuples and lists. Calls go to {@link
 * CallChecker}, subscripts to {@link IndexChecker}.
 */
final class ExprChecker {
    private final CheckContext ctx;
    private final CallChecker calls;
    private final IndexChecker indexes;

    ExprChecker(CheckContext ctx) {
        this.ctx = ctx;
        this.calls = new CallChecker(ctx, this);
        this.indexes = new IndexChecker(ctx, this);
    }

    IrExpr check(Expr e) {
        if (e instanceof Expr.Name n) return name(n);
        if (e instanceof Expr.IntLiteral i) return new IrExpr.Constant(i.value(), Type.INT, i.span());
        if (e instanceof Expr.RealLiteral r) return new IrExpr.Constant(r.value(), Type.REAL, r.span());
        if (e instanceof Expr.BoolLiteral b) return new IrExpr.Constant(b.value() ? 1 : 0, Type.BOOL, b.span());
        if (e instanceof Expr.StringLiteral s) return new IrExpr.Str(s.value(), new Type.Str(), s.span());
        if (e instanceof Expr.NoneLiteral n) {
            return ctx.fail(new ShapeDiagnostic.WrongType(n.span(), "None", "an index (a new axis) or axis=None", "a value"));
        }
        if (e instanceof Expr.Unary u) return unary(u);
        if (e instanceof Expr.Binary b) return binary(b);
        if (e instanceof Expr.Call c) return calls.call(c);
        if (e instanceof Expr.Index ix) return indexes.index(ix);
        if (e instanceof Expr.Attribute a) return attribute(a);
        if (e instanceof Expr.Tuple t) {
            List<IrExpr> items = checkAll(t.items());
            return new IrExpr.MakeTuple(items, new Type.Tuple(items.stream().map(IrExpr::type).toList()), t.span());
        }
        return list((Expr.ListExpr) e);
    }

    List<IrExpr> checkAll(List<Expr> items) {
        List<IrExpr> out = new ArrayList<>();
        for (Expr item : items) out.add(check(item));
        return out;
    }

    /** Checks {@code e} and requires an integer scalar (a size, an index, an axis). */
    IrExpr integer(Expr e, String what) {
        IrExpr ir = check(e);
        if (CheckContext.isUnknown(ir)) return ir;
        if (ir.type() instanceof Type.Tensor t && t.isScalar() && t.elem() != Elem.REAL) return ir;
        return ctx.wrongType(e.span(), what, "an integer", ir);
    }

    private IrExpr name(Expr.Name n) {
        Symbol sym = ctx.resolution.symbol(n);
        if (sym == null) return CheckContext.unknown(n.span());
        switch (sym.kind()) {
            case BUILTIN:
            case DISTRIBUTION:
            case FUNCTION:
            case NAMESPACE:
                return ctx.fail(new ShapeDiagnostic.WrongType(n.span(), "'" + n.name() + "'", "called with its arguments",
                        sym.kind().description + " used as a value"));
            default:
                Type t = ctx.types.get(sym);
                return new IrExpr.Ref(sym, t == null ? Type.UNKNOWN : t, n.span());
        }
    }

    private IrExpr unary(Expr.Unary u) {
        IrExpr operand = check(u.operand());
        if (CheckContext.isUnknown(operand)) return operand;
        if (!(operand.type() instanceof Type.Tensor t)) {
            return ctx.wrongType(u.operand().span(), "the operand of '" + u.op().symbol + "'", "a number or an array", operand);
        }
        switch (u.op()) {
            case PLUS:
                return operand;
            case NEGATE:
                if (operand instanceof IrExpr.Constant c && t.elem() != Elem.BOOL) return new IrExpr.Constant(-c.value(), t, u.span());
                Type.Tensor neg = t.elem() == Elem.BOOL ? t.withElem(Elem.INT) : t;
                return new IrExpr.Apply(Builtin.NEGATE, List.of(operand), null, neg, u.span());
            default:
                if (!t.isScalar()) return ctx.wrongType(u.operand().span(), "the operand of 'not'", "a scalar", operand);
                return new IrExpr.Apply(Builtin.NOT, List.of(operand), null, Type.BOOL, u.span());
        }
    }

    private IrExpr binary(Expr.Binary b) {
        IrExpr left = check(b.left());
        IrExpr right = check(b.right());
        if (CheckContext.isUnknown(left) || CheckContext.isUnknown(right)) return CheckContext.unknown(b.span());
        Builtin op = Builtin.valueOf(b.op().name());
        if (left.type() instanceof Type.Kernel || right.type() instanceof Type.Kernel) return kernelAlgebra(b, op, left, right);
        String opName = "'" + b.op().symbol + "'";
        if (!(left.type() instanceof Type.Tensor lt)) return ctx.wrongType(b.left().span(), "the left operand of " + opName, "a number or an array", left);
        if (!(right.type() instanceof Type.Tensor rt)) return ctx.wrongType(b.right().span(), "the right operand of " + opName, "a number or an array", right);
        switch (op.rule) {
            case MATMUL:
                return matmul(b, left, right, lt, rt);
            case LOGICAL:
                if (!lt.isScalar()) return ctx.wrongType(b.left().span(), "the left operand of " + opName, "a scalar (use where for arrays)", left);
                if (!rt.isScalar()) return ctx.wrongType(b.right().span(), "the right operand of " + opName, "a scalar (use where for arrays)", right);
                return new IrExpr.Apply(op, List.of(left, right), null, Type.BOOL, b.span());
            default:
                List<Dim> dims = Shapes.broadcast(lt.dims(), rt.dims());
                if (dims == null) {
                    return ctx.fail(new ShapeDiagnostic.NotBroadcastable(b.opSpan(), opName, Shapes.spell(lt.dims()), Shapes.spell(rt.dims())));
                }
                Elem elem = resultElem(op, lt.elem(), rt.elem(), right);
                return new IrExpr.Apply(op, List.of(left, right), null, new Type.Tensor(elem, dims), b.span());
        }
    }

    private static Elem resultElem(Builtin op, Elem a, Elem b, IrExpr right) {
        if (op.rule == Builtin.Rule.COMPARISON) return Elem.BOOL;
        if (op == Builtin.DIVIDE) return Elem.REAL;
        if (op == Builtin.POWER) {
            boolean smallExponent = right instanceof IrExpr.Constant c && c.value() >= 0;
            return Elem.widen(a, b) == Elem.INT && smallExponent ? Elem.INT : Elem.REAL;
        }
        return Elem.widen(a, b);
    }

    /** NumPy's matmul on vectors and matrices: inner sizes must agree. */
    private IrExpr matmul(Expr.Binary b, IrExpr left, IrExpr right, Type.Tensor lt, Type.Tensor rt) {
        if (lt.rank() < 1 || lt.rank() > 2) return ctx.wrongType(b.left().span(), "the left operand of '@'", "a vector or a matrix", left);
        if (rt.rank() < 1 || rt.rank() > 2) return ctx.wrongType(b.right().span(), "the right operand of '@'", "a vector or a matrix", right);
        Dim inner = lt.dims().get(lt.rank() - 1);
        Dim innerRight = rt.dims().get(0);
        if (inner.provablyDifferent(innerRight)) {
            return ctx.fail(new ShapeDiagnostic.SizeMismatch(b.opSpan(), "'@'", "the inner sizes of " + Shapes.spell(lt.dims())
                    + " @ " + Shapes.spell(rt.dims()), inner.toString(), innerRight.toString()));
        }
        List<Dim> dims = new ArrayList<>();
        if (lt.rank() == 2) dims.add(lt.dims().get(0));
        if (rt.rank() == 2) dims.add(rt.dims().get(1));
        Type.Tensor type = new Type.Tensor(Elem.widen(lt.elem(), rt.elem()), dims);
        return new IrExpr.Apply(Builtin.MATMUL, List.of(left, right), null, type, b.span());
    }

    /** Covariances add and multiply with each other and with real scalars. */
    private IrExpr kernelAlgebra(Expr.Binary b, Builtin op, IrExpr left, IrExpr right) {
        if (op != Builtin.ADD && op != Builtin.MULTIPLY) {
            return ctx.fail(new ShapeDiagnostic.WrongType(b.opSpan(), "'" + b.op().symbol + "' on a covariance function",
                    "+ or * (with another covariance or a scalar)", "'" + b.op().symbol + "'"));
        }
        Dim dim = null;
        for (IrExpr side : List.of(left, right)) {
            if (side.type() instanceof Type.Kernel k) {
                if (dim != null && k.inputDim() != null && dim.provablyDifferent(k.inputDim())) {
                    return ctx.fail(new ShapeDiagnostic.SizeMismatch(b.opSpan(), "'" + b.op().symbol + "'",
                            "the input dimensions of the covariances", dim.toString(), k.inputDim().toString()));
                }
                if (dim == null) dim = k.inputDim();
            } else if (!(side.type() instanceof Type.Tensor t && t.isScalar())) {
                return ctx.wrongType(side.span(), "a covariance's other operand", "a covariance function or a scalar", side);
            }
        }
        return new IrExpr.KernelCombine(op, left, right, new Type.Kernel(dim), b.span());
    }

    private IrExpr attribute(Expr.Attribute a) {
        if (isNamespace(a.target())) {
            return ctx.fail(new ShapeDiagnostic.WrongType(a.span(), "'" + a.span().text() + "'", "called with its arguments", "a value"));
        }
        IrExpr target = check(a.target());
        if (CheckContext.isUnknown(target)) return target;
        if (target.type() instanceof Type.Tensor t && a.name().equals("T")) {
            if (t.rank() > 2) return ctx.wrongType(a.target().span(), "the value of '.T'", "a vector or a matrix", target);
            List<Dim> reversed = new ArrayList<>(t.dims());
            java.util.Collections.reverse(reversed);
            return new IrExpr.Apply(Builtin.TRANSPOSE, List.of(target), null, t.withDims(reversed), a.span());
        }
        List<String> known = target.type() instanceof Type.Tensor ? List.of("T") : List.of();
        return ctx.fail(new NameDiagnostic.UnknownAttribute(a.nameSpan(), target.type().describe(), a.name(),
                Suggestions.nearest(a.name(), known)));
    }

    /** Whether {@code e} is the {@code gp} namespace or a member path of it. */
    boolean isNamespace(Expr e) {
        if (e instanceof Expr.Name n) {
            Symbol sym = ctx.resolution.symbol(n);
            return sym != null && sym.kind() == Symbol.Kind.NAMESPACE;
        }
        return e instanceof Expr.Attribute a && isNamespace(a.target());
    }

    /** {@code [a, b]}: NumPy's array of equal-shaped items (a stack along a new first axis). */
    private IrExpr list(Expr.ListExpr l) {
        List<IrExpr> items = checkAll(l.items());
        List<Dim> shape = null;
        Elem elem = Elem.INT;
        for (int i = 0; i < items.size(); i++) {
            IrExpr item = items.get(i);
            if (CheckContext.isUnknown(item)) return item;
            if (!(item.type() instanceof Type.Tensor t)) return ctx.wrongType(item.span(), "an item of a list", "a number or an array", item);
            if (shape != null && !Shapes.compatible(shape, t.dims())) {
                return ctx.fail(new ShapeDiagnostic.ValueShape(item.span(), "this list item", Shapes.spell(t.dims()),
                        "the first item has shape " + Shapes.spell(shape)));
            }
            if (shape == null) shape = t.dims();
            elem = i == 0 ? t.elem() : Elem.widen(elem, t.elem());
        }
        if (items.isEmpty()) elem = Elem.REAL;
        List<Dim> dims = new ArrayList<>();
        dims.add(Dim.of(items.size()));
        if (shape != null) dims.addAll(shape);
        return new IrExpr.Apply(Builtin.STACK, items, 0, new Type.Tensor(elem, dims), l.span());
    }
}
