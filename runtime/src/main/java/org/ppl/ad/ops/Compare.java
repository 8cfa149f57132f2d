package org.ppl.ad.ops;

import org.ppl.ad.Node;

/** A {@link Comparison} of {@code a} and {@code b}, broadcasting: 0/1 values, not differentiable. */
public final class Compare extends BinaryElementwise {
    private final Comparison comparison;

    public Compare(Comparison comparison, Node a, Node b) {
        super(comparison.functionName(), a, b, false);
        this.comparison = comparison;
    }

    public Comparison comparison() {
        return comparison;
    }

    @Override
    public void forward() {
        comparison.apply(a.value, b.value, out.value, ia, ib);
    }

    /** Never called: the output has no adjoint. */
    @Override
    public void backward() {}

    @Override
    public String name() {
        return comparison.functionName();
    }
}
