package org.ppl.compiler.lower;

import java.util.ArrayList;
import java.util.List;
import org.ppl.ad.Node;
import org.ppl.ad.NumericFailure;
import org.ppl.ad.ShapeException;
import org.ppl.compiler.ir.IrExpr;

/**
 * Lowers expressions of the typed IR onto the tape of a {@link LoweringContext}: each operator,
 * function, index, distribution and GP construct becomes runtime operations or objects. Operations
 * on constants run once when recorded (the tape folds them), so data-only sub-expressions cost
 * nothing per evaluation, and sizes, indices, loop bounds and conditions are read off constant
 * nodes. A value computed from a prediction stays {@link Value.Deferred}.
 *
 * <p>Runtime errors at build time become located errors at the innermost expression: a shape the
 * checker took as possibly equal that differs once bound (N against P), or a computation on data
 * that fails.
 */
final class ExprLowering {
    private final LoweringContext ctx;
    private final FunctionLowering functions;
    private final IndexLowering indexes;
    private final GpLowering gps;
    private final DistLowering dists;

    ExprLowering(LoweringContext ctx) {
        this.ctx = ctx;
        this.functions = new FunctionLowering(ctx, this);
        this.indexes = new IndexLowering(ctx, this);
        this.gps = new GpLowering(ctx, this);
        this.dists = new DistLowering(ctx, this);
    }

    GpLowering gps() {
        return gps;
    }

    /** log p(value) of a lowered distribution (of the table, or a GP marginal likelihood); {@code at} locates errors. */
    Node logDensity(DistValue dist, Node value, IrExpr at) {
        return dists.logDensity(dist, value, at);
    }

    Value lower(IrExpr e) {
        try {
            return dispatch(e);
        } catch (ShapeException ex) {
            throw LoweringError.shapes(e.span(), ex.getMessage());
        } catch (NumericFailure ex) {
            throw LoweringError.computation(e.span(), "'" + e.span().text() + "' cannot be computed from the data: " + ex.getMessage());
        } catch (IllegalArgumentException ex) {
            throw LoweringError.computation(e.span(), ex.getMessage());
        }
    }

    private Value dispatch(IrExpr e) {
        if (e instanceof IrExpr.Constant c) return new Value.Tensor(ctx.tape.constant(c.value()));
        if (e instanceof IrExpr.Str s) return new Value.Text(s.value());
        if (e instanceof IrExpr.Ref r) return ref(r);
        if (e instanceof IrExpr.Apply a) return functions.apply(a);
        if (e instanceof IrExpr.Index ix) return indexes.index(ix);
        if (e instanceof IrExpr.MakeTuple t) {
            List<Value> items = new ArrayList<>();
            for (IrExpr item : t.items()) items.add(lower(item));
            return new Value.Tuple(items);
        }
        if (e instanceof IrExpr.TupleItem t) {
            Value tuple = lower(t.tuple());
            return tuple instanceof Value.Tuple items ? items.items().get(t.index()) : tuple;
        }
        if (e instanceof IrExpr.Distribution d) return dists.named(d);
        if (e instanceof IrExpr.Logp l) return dists.logp(l);
        return gps.lower(e);
    }

    private Value ref(IrExpr.Ref r) {
        Value v = ctx.env.get(r.symbol());
        if (v == null) throw new IllegalStateException("no value for " + r.symbol() + " at " + r.span());
        return v;
    }

    /** The values of {@code exprs}, in order. */
    List<Value> all(List<IrExpr> exprs) {
        List<Value> values = new ArrayList<>(exprs.size());
        for (IrExpr e : exprs) values.add(e == null ? null : lower(e));
        return values;
    }

    /** The first deferred value among {@code values} (nulls skipped), or null. */
    static Value.Deferred deferred(List<Value> values) {
        for (Value v : values) if (v instanceof Value.Deferred d) return d;
        return null;
    }

    static Node node(Value v) {
        if (v instanceof Value.Tensor t) return t.node();
        throw new IllegalStateException("expected a number or an array, got " + v);
    }

    /** The nodes of {@code values} (null stays null). */
    static Node[] nodes(List<Value> values) {
        Node[] nodes = new Node[values.size()];
        for (int i = 0; i < nodes.length; i++) nodes[i] = values.get(i) == null ? null : node(values.get(i));
        return nodes;
    }

    /** An integer known from the data: a size, an index, a loop bound. */
    long integer(IrExpr e) {
        Node n = constant(e);
        if (n.size() != 1) throw new IllegalStateException("expected an integer scalar at " + e.span());
        double v = n.value[0];
        if (v != Math.rint(v)) throw LoweringError.computation(e.span(), "'" + e.span().text() + "' must be an integer, but it is " + Spelling.number(v));
        return (long) v;
    }

    /** The sizes given by {@code exprs}, each a non-negative integer known from the data. */
    int[] sizes(List<IrExpr> exprs) {
        int[] dims = new int[exprs.size()];
        for (int i = 0; i < dims.length; i++) {
            long n = integer(exprs.get(i));
            if (n < 0 || n > Integer.MAX_VALUE) {
                throw LoweringError.shapes(exprs.get(i).span(), "a size must be a non-negative integer, but '"
                        + exprs.get(i).span().text() + "' is " + n);
            }
            dims[i] = (int) n;
        }
        return dims;
    }

    /** The node of a data-only expression; the checker has made sure it is one. */
    Node constant(IrExpr e) {
        Value v = lower(e);
        Node n = node(v);
        if (!n.constant) throw new IllegalStateException("'" + e.span().text() + "' is not known from the data alone");
        return n;
    }
}
