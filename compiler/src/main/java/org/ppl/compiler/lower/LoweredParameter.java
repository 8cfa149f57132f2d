package org.ppl.compiler.lower;

import java.util.List;
import org.ppl.ad.Node;
import org.ppl.ad.Shape;
import org.ppl.compiler.names.Symbol;
import org.ppl.dist.Distribution;

/**
 * A parameter as lowered: its constrained shape, the name and size of its unconstrained block
 * ({@code freeName} differs from the parameter's only for a whitened GP prior, whose free block is
 * v and whose value f = L v is saved), the transform between them, and its prior (for the prior
 * predictive's ancestral sampling).
 */
public record LoweredParameter(Symbol symbol, Shape shape, String freeName, int freeSize, String transform, Prior prior) {
    public String name() {
        return symbol.name();
    }

    /**
     * The distribution the parameter's value is drawn from, with its argument nodes (read after a
     * forward sweep, when the parameters before it have their values); {@code sorted} when the
     * parameter is ordered, whose independent draws are sorted (exact for identically distributed
     * elements). A whitened GP prior's free block v has Normal(0, 1).
     */
    public record Prior(Distribution distribution, List<Node> arguments, boolean sorted) {}
}
