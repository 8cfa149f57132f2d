package org.ppl.ad.ops;

import org.ppl.ad.Node;

/**
 * {@code a // b} elementwise with broadcasting, Python's floor division. Piecewise constant, so no
 * gradient flows (as for {@code floor}); the output still changes with its inputs.
 */
public final class FloorDivide extends BinaryElementwise {
    public FloorDivide(Node a, Node b) {
        super("floor_divide", a, b, false);
    }

    @Override
    public void forward() {
        double[] x = a.value, y = b.value, z = out.value;
        for (int k = 0; k < z.length; k++) {
            z[k] = FloorDivision.floorDivide(x[ia == null ? k : ia[k]], y[ib == null ? k : ib[k]]);
        }
    }

    /** Never called: the output has no adjoint. */
    @Override
    public void backward() {}

    @Override
    public String name() {
        return "floor_divide";
    }
}
