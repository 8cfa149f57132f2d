package org.ppl.compiler.lower;

import java.util.ArrayList;
import java.util.List;
import org.ppl.ad.Node;
import org.ppl.ad.Shape;
import org.ppl.ad.ShapeException;
import org.ppl.ad.ops.Index;
import org.ppl.ad.ops.IndexSpec;
import org.ppl.ad.ops.Reshape;
import org.ppl.compiler.ir.IrExpr;
import org.ppl.compiler.ir.IrIndex;

/**
 * Subscripts: the indices are known from the data (integers, loop variables, integer arrays), so
 * each subscript becomes one {@link Index} operation with its gather map fixed at build time. An
 * integer array of more than one axis gathers flat and the result is reshaped, its shape taking the
 * place of the gathered axis as NumPy puts it.
 */
final class IndexLowering {
    private final LoweringContext ctx;
    private final ExprLowering exprs;

    IndexLowering(LoweringContext ctx, ExprLowering exprs) {
        this.ctx = ctx;
        this.exprs = exprs;
    }

    Value index(IrExpr.Index ix) {
        Value target = exprs.lower(ix.target());
        if (target instanceof Value.Deferred) return target;
        Node x = ExprLowering.node(target);
        List<IndexSpec> specs = new ArrayList<>();
        Shape gatherShape = null;
        for (IrIndex index : ix.indices()) {
            IndexSpec spec = spec(index);
            if (index instanceof IrIndex.Gather g) gatherShape = exprs.constant(g.indices()).shape;
            specs.add(spec);
        }
        try {
            Node out = ctx.tape.push(Index.of(x, specs));
            if (gatherShape == null || gatherShape.rank() == 1) return new Value.Tensor(out);
            return new Value.Tensor(ctx.tape.push(new Reshape(out, unflattened(out.shape, specs, gatherShape))));
        } catch (ShapeException e) {
            throw LoweringError.shapes(ix.span(), "'" + ix.span().text() + "' on shape " + Spelling.shape(ix.target(), x)
                    + ": " + e.getMessage());
        }
    }

    private IndexSpec spec(IrIndex index) {
        if (index instanceof IrIndex.At at) return new IndexSpec.At(toInt(exprs.integer(at.index())));
        if (index instanceof IrIndex.NewAxis) return new IndexSpec.NewAxis();
        if (index instanceof IrIndex.Gather g) {
            double[] values = exprs.constant(g.indices()).value;
            int[] positions = new int[values.length];
            for (int k = 0; k < values.length; k++) positions[k] = (int) values[k];
            return new IndexSpec.Take(positions);
        }
        IrIndex.Slice s = (IrIndex.Slice) index;
        return new IndexSpec.Slice(bound(s.start()), bound(s.stop()), bound(s.step()));
    }

    private Integer bound(IrExpr e) {
        return e == null ? null : toInt(exprs.integer(e));
    }

    private static int toInt(long v) {
        return (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, v));
    }

    /**
     * The shape of the result when the gathered axis (flat, of {@code gather.size()}) is replaced by
     * {@code gather}'s axes: in place when the advanced indices are adjacent, first otherwise (NumPy).
     */
    private static Shape unflattened(Shape flat, List<IndexSpec> specs, Shape gather) {
        int before = 0;
        int first = -1;
        int last = -1;
        for (int p = 0; p < specs.size(); p++) {
            IndexSpec s = specs.get(p);
            boolean advanced = s instanceof IndexSpec.Take || s instanceof IndexSpec.At;
            if (advanced) {
                if (first < 0) first = p;
                last = p;
            } else if (first < 0) {
                before++;
            }
        }
        boolean adjacent = true;
        for (int p = first; p <= last; p++) {
            IndexSpec s = specs.get(p);
            if (!(s instanceof IndexSpec.Take || s instanceof IndexSpec.At)) adjacent = false;
        }
        int at = adjacent ? before : 0;
        List<Integer> dims = new ArrayList<>();
        for (int i = 0; i < flat.rank(); i++) {
            if (i == at) {
                for (int d : gather.dims()) dims.add(d);
            } else {
                dims.add(flat.dim(i));
            }
        }
        return Shape.of(dims.stream().mapToInt(Integer::intValue).toArray());
    }
}
