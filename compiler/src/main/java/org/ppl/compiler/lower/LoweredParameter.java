package org.ppl.compiler.lower;

import org.ppl.ad.Shape;
import org.ppl.compiler.names.Symbol;

/**
 * A parameter as lowered: its constrained shape, the name and size of its unconstrained block
 * ({@code freeName} differs from the parameter's only for a whitened GP prior, whose free block is
 * v and whose value f = L v is saved), and the transform between them.
 */
public record LoweredParameter(Symbol symbol, Shape shape, String freeName, int freeSize, String transform) {
    public String name() {
        return symbol.name();
    }
}
