package org.ppl.compiler.lower;

import java.util.List;
import org.ppl.ad.Node;
import org.ppl.compiler.ir.IrStmt;
import org.ppl.dist.Distribution;
import org.ppl.gp.MarginalLikelihood;
import org.ppl.gp.SparseMarginalLikelihood;

/**
 * An observed term as lowered, with what replicating it needs: the value's node, and the
 * distribution with its argument nodes (or the GP likelihood record, which can give the GP's
 * conditional at the observed inputs). One per term met, so a term in an unrolled loop appears once
 * per iteration.
 */
public sealed interface ObservedTerm {
    IrStmt.Observe statement();

    Node value();

    Node logDensity();

    record Named(IrStmt.Observe statement, Node value, Distribution distribution, List<Node> arguments, Node logDensity)
            implements ObservedTerm {}

    record GpMarginal(IrStmt.Observe statement, Node value, MarginalLikelihood likelihood) implements ObservedTerm {
        public Node logDensity() {
            return likelihood.logLikelihood();
        }
    }

    record GpSparse(IrStmt.Observe statement, Node value, SparseMarginalLikelihood likelihood) implements ObservedTerm {
        public Node logDensity() {
            return likelihood.logLikelihood();
        }
    }
}
