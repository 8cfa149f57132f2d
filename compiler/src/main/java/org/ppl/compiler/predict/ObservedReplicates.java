package org.ppl.compiler.predict;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ppl.ad.Shape;
import org.ppl.compiler.ir.IrExpr;
import org.ppl.compiler.ir.IrStmt;
import org.ppl.compiler.lower.ObservedTerm;

/**
 * The replicates of a build's observed terms, as named values: a term {@code y ~ ...} gives
 * {@code y_rep} of y's shape; a term met once per loop iteration ({@code y[i] ~ ...}) gives one
 * value whose first axis is the iteration (a flat vector if the iterations' shapes differ). A term
 * whose value is not a name or an indexed name is called {@code observed_K_rep}, K its place among
 * the terms.
 */
final class ObservedReplicates {
    /**
     * Above this many observed points, a GP term's posterior replicate takes each point's variance
     * alone (independent points) instead of the full covariance, whose factor costs O(N³) per draw.
     */
    static final int FULL_COVARIANCE_LIMIT = 400;

    /** One replicated value: its column name, shape, and the terms that fill it in order. */
    record Group(String name, Shape shape, List<Replicate> terms) {
        boolean discrete() {
            return terms.stream().allMatch(Replicate::discrete);
        }
    }

    private ObservedReplicates() {}

    /** The groups of {@code terms} in program order; {@code prior} chooses the GP terms' prior replicates. */
    static List<Group> of(List<ObservedTerm> terms, boolean prior, Set<String> taken) {
        Map<IrStmt.Observe, List<ObservedTerm>> byStatement = new IdentityHashMap<>();
        List<IrStmt.Observe> order = new ArrayList<>();
        for (ObservedTerm t : terms) {
            byStatement.computeIfAbsent(t.statement(), s -> {
                order.add(s);
                return new ArrayList<>();
            }).add(t);
        }
        Set<String> used = new HashSet<>(taken);
        List<Group> groups = new ArrayList<>();
        for (int k = 0; k < order.size(); k++) {
            List<ObservedTerm> met = byStatement.get(order.get(k));
            List<Replicate> replicates = new ArrayList<>();
            for (ObservedTerm t : met) replicates.add(replicate(t, prior));
            String name = unique(base(order.get(k).value(), k + 1) + "_rep", used);
            groups.add(new Group(name, shape(met), replicates));
        }
        return groups;
    }

    private static Replicate replicate(ObservedTerm term, boolean prior) {
        if (term instanceof ObservedTerm.Named named) {
            return new DistributionReplicate(named.distribution(), named.arguments(), named.value().shape);
        }
        int size = term.value().size();
        if (term instanceof ObservedTerm.GpMarginal gp) {
            if (prior) return new GpPriorReplicate(gp.likelihood());
            boolean diagonal = gp.likelihood().x().shape.rows() > FULL_COVARIANCE_LIMIT;
            return new ConditionalReplicate(gp.likelihood().conditional(gp.likelihood().x(), diagonal, true)::predict, size);
        }
        ObservedTerm.GpSparse sparse = (ObservedTerm.GpSparse) term;
        if (prior) return new SparsePriorReplicate(sparse.likelihood());
        boolean diagonal = sparse.likelihood().x().shape.rows() > FULL_COVARIANCE_LIMIT;
        return new ConditionalReplicate(sparse.likelihood().conditional(sparse.likelihood().x(), diagonal, true)::predict, size);
    }

    /** The name a term's value is known by: {@code y} for {@code y} and {@code y[i]}. */
    private static String base(IrExpr value, int place) {
        if (value instanceof IrExpr.Ref r) return r.symbol().name();
        if (value instanceof IrExpr.Index ix && ix.target() instanceof IrExpr.Ref r) return r.symbol().name();
        return "observed_" + place;
    }

    private static String unique(String name, Set<String> used) {
        String n = name;
        for (int k = 2; !used.add(n); k++) n = name + "_" + k;
        return n;
    }

    /** One term's shape; the iteration axis first for a term met several times; flat when they differ. */
    private static Shape shape(List<ObservedTerm> met) {
        Shape first = met.get(0).value().shape;
        if (met.size() == 1) return first;
        int total = 0;
        boolean same = true;
        for (ObservedTerm t : met) {
            total += t.value().size();
            same &= t.value().shape.equals(first);
        }
        if (!same) return Shape.vector(total);
        int[] dims = new int[first.rank() + 1];
        dims[0] = met.size();
        for (int i = 0; i < first.rank(); i++) dims[i + 1] = first.dim(i);
        return Shape.of(dims);
    }
}
