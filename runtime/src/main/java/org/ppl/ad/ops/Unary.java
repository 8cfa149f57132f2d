package org.ppl.ad.ops;

import org.ppl.ad.Node;
import org.ppl.ad.Op;

/** {@code f(x)} applied to every element of {@code x}. */
public final class Unary extends Op {
    private final UnaryFunction function;
    private final Node x;

    public Unary(UnaryFunction function, Node x) {
        super(x.shape, function.differentiable() && x.isDifferentiable(), x);
        this.function = function;
        this.x = x;
    }

    public UnaryFunction function() {
        return function;
    }

    @Override
    public void forward() {
        function.apply(x.value, out.value);
    }

    @Override
    public void backward() {
        if (x.adjoint != null) function.pullBack(x.value, out.value, out.adjoint, x.adjoint);
    }

    @Override
    public String name() {
        return function.functionName();
    }
}
