package org.ppl.compiler.check;

import java.util.ArrayList;
import java.util.List;
import org.ppl.compiler.ast.Expr;
import org.ppl.compiler.ast.Subscript;
import org.ppl.compiler.diag.ShapeDiagnostic;
import org.ppl.compiler.ir.IrExpr;
import org.ppl.compiler.ir.IrIndex;
import org.ppl.compiler.source.SourceSpan;
import org.ppl.compiler.types.Dim;
import org.ppl.compiler.types.Elem;
import org.ppl.compiler.types.Shapes;
import org.ppl.compiler.types.Type;

/**
 * Subscripts, zero-based as in NumPy: an integer drops its axis (negative ones count from the
 * end), a slice keeps it with a new size, and one integer array per subscript gathers (its shape
 * replaces the axis). A tuple takes a literal integer.
 */
final class IndexChecker {
    private final CheckContext ctx;
    private final ExprChecker exprs;

    IndexChecker(CheckContext ctx, ExprChecker exprs) {
        this.ctx = ctx;
        this.exprs = exprs;
    }

    IrExpr index(Expr.Index ix) {
        IrExpr target = exprs.check(ix.target());
        if (CheckContext.isUnknown(target)) return target;
        if (target.type() instanceof Type.Tuple tuple) return tupleItem(ix, target, tuple);
        if (!(target.type() instanceof Type.Tensor t)) return ctx.wrongType(ix.target().span(), "an indexed value", "an array", target);
        int consuming = 0;
        int ellipses = 0;
        for (Subscript s : ix.subscripts()) {
            if (s instanceof Subscript.Ellipsis) ellipses++;
            else if (!isNewAxis(s)) consuming++;
        }
        if (ellipses > 1) {
            return ctx.fail(new ShapeDiagnostic.WrongType(ix.span(), "a subscript", "given at most one '...'", "given " + ellipses));
        }
        if (consuming > t.rank()) {
            return ctx.fail(new ShapeDiagnostic.TooManyIndices(ix.subscripts().get(ix.subscripts().size() - 1).span(),
                    Shapes.spell(t.dims()), consuming));
        }
        List<IrIndex> indices = new ArrayList<>();
        List<Dim> dims = new ArrayList<>();
        boolean gathered = false;
        int axis = 0;
        for (Subscript s : ix.subscripts()) {
            if (isNewAxis(s)) {
                indices.add(new IrIndex.NewAxis());
                dims.add(Dim.of(1));
                continue;
            }
            if (s instanceof Subscript.Ellipsis) {
                for (int k = 0; k < t.rank() - consuming; k++) {
                    indices.add(new IrIndex.Slice(null, null, null));
                    dims.add(t.dims().get(axis++));
                }
                continue;
            }
            Dim size = t.dims().get(axis++);
            if (s instanceof Subscript.Slice slice) {
                IrIndex.Slice ir = slice(slice);
                if (ir == null) return CheckContext.unknown(ix.span());
                indices.add(ir);
                dims.add(sliceSize(ir, size, slice.span()));
                continue;
            }
            IrExpr index = exprs.check(((Subscript.At) s).index());
            if (CheckContext.isUnknown(index)) return index;
            if (!(index.type() instanceof Type.Tensor it) || it.elem() == Elem.REAL) {
                return ctx.wrongType(s.span(), "an index", "an integer or an integer array", index);
            }
            if (it.isScalar()) {
                if (!inRange(index, size)) return CheckContext.unknown(ix.span());
                indices.add(new IrIndex.At(index));
            } else {
                if (gathered) return ctx.wrongType(s.span(), "a second integer-array index", "a single one per subscript", index);
                gathered = true;
                indices.add(new IrIndex.Gather(index));
                dims.addAll(it.dims());
            }
        }
        dims.addAll(t.dims().subList(axis, t.rank()));
        return new IrExpr.Index(target, indices, t.withDims(dims), ix.span());
    }

    private static boolean isNewAxis(Subscript s) {
        return s instanceof Subscript.At at && at.index() instanceof Expr.NoneLiteral;
    }

    private IrExpr tupleItem(Expr.Index ix, IrExpr target, Type.Tuple tuple) {
        if (ix.subscripts().size() == 1 && ix.subscripts().get(0) instanceof Subscript.At at
                && at.index() instanceof Expr.IntLiteral lit && lit.value() < tuple.items().size()) {
            int k = (int) lit.value();
            return new IrExpr.TupleItem(target, k, tuple.items().get(k), ix.span());
        }
        return ctx.fail(new ShapeDiagnostic.WrongType(ix.subscripts().get(0).span(), "the index of a tuple of " + tuple.items().size(),
                "a literal integer from 0 to " + (tuple.items().size() - 1), "'" + ix.subscripts().get(0).span().text() + "'"));
    }

    /** A literal index must fall inside a size known as a number. */
    private boolean inRange(IrExpr index, Dim size) {
        if (!(index instanceof IrExpr.Constant c) || size.constant().isEmpty()) return true;
        long n = size.constant().getAsLong();
        long k = (long) c.value();
        if (k < n && k >= -n) return true;
        ctx.diagnostics.report(new ShapeDiagnostic.IndexOutOfRange(index.span(), k, size.toString()));
        return false;
    }

    private IrIndex.Slice slice(Subscript.Slice s) {
        IrExpr start = bound(s.lower());
        IrExpr stop = bound(s.upper());
        IrExpr step = bound(s.step());
        for (IrExpr e : new IrExpr[] {start, stop, step}) if (e != null && CheckContext.isUnknown(e)) return null;
        return new IrIndex.Slice(start, stop, step);
    }

    private IrExpr bound(Expr e) {
        return e == null ? null : exprs.integer(e, "a slice bound");
    }

    /**
     * The size of {@code start:stop} over an axis of {@code size}: {@code stop - start} with
     * Python's defaults and negative literals counted from the end; with a step other than 1 or a
     * bound that is not a polynomial, a new size named by the slice's text.
     */
    private Dim sliceSize(IrIndex.Slice s, Dim size, SourceSpan span) {
        if (s.step() != null && !(s.step() instanceof IrExpr.Constant c && c.value() == 1)) {
            return Dim.symbol("(" + span.text() + ")");
        }
        Dim start = s.start() == null ? Dim.of(0) : position(s.start(), size);
        Dim stop = s.stop() == null ? size : position(s.stop(), size);
        if (size.constant().isPresent() && start.constant().isPresent() && stop.constant().isPresent()) {
            long n = size.constant().getAsLong();
            long a = Math.max(0, Math.min(n, start.constant().getAsLong()));
            long b = Math.max(0, Math.min(n, stop.constant().getAsLong()));
            return Dim.of(Math.max(0, b - a));
        }
        return stop.minus(start);
    }

    private Dim position(IrExpr e, Dim size) {
        if (e instanceof IrExpr.Constant c && c.value() < 0) return size.plus(Dim.of((long) c.value()));
        return Dims.of(e, ctx);
    }
}
