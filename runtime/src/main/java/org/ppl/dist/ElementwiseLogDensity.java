package org.ppl.dist;

import org.ppl.ad.Broadcast;
import org.ppl.ad.Node;
import org.ppl.ad.Op;
import org.ppl.ad.Shape;

/**
 * The summed log density of a scalar distribution as one operation. Inputs are the value then the
 * parameters, broadcast together to {@link #size} elements; {@code at[j][k]} is the element of
 * input j used at element k (maps computed once, at build time).
 *
 * <p>A subclass's {@link #evaluate} returns the sum and writes, for each element k, the partial
 * derivative of that element's term with respect to input j into {@code partial[j][k]};
 * {@link #backward} then scatters them into the inputs' adjoints. Inputs that need no gradient
 * share one scratch array, so the loops write without testing. Derived values of a parameter (its
 * logarithm, lgamma) live in arrays of the parameter's own size, so a scalar sigma costs one log
 * per evaluation, and a constant's are computed once ({@link #cached}, {@link #prepared}).
 */
abstract class ElementwiseLogDensity extends Op {
    static final double NEGATIVE_INFINITY = Double.NEGATIVE_INFINITY;

    private final String name;
    /** The value, then the parameters. */
    protected final Node[] args;
    /** Number of elements after broadcasting. */
    protected final int size;
    protected final int[][] at;
    protected final double[][] partial;
    private final boolean[] flows;
    private final boolean[] ready;
    private boolean finite;

    ElementwiseLogDensity(ScalarDistribution dist, Node value, Node[] params) {
        super(Shape.SCALAR, prepend(value, params));
        this.name = dist.name();
        this.args = inputs();
        Shape[] shapes = new Shape[params.length];
        for (int j = 0; j < params.length; j++) shapes[j] = params[j].shape;
        Shape shape = ArgumentShapes.broadcast(dist.name(), dist.parameterNames(), value.shape, shapes);
        this.size = shape.size();
        this.at = new int[args.length][];
        this.partial = new double[args.length][];
        this.flows = new boolean[args.length];
        this.ready = new boolean[args.length];
        double[] scratch = null;
        for (int j = 0; j < args.length; j++) {
            at[j] = Broadcast.indexMap(args[j].shape, shape);
            flows[j] = dist.differentiable(j) && args[j].isDifferentiable();
            if (flows[j]) {
                partial[j] = new double[size];
            } else {
                if (scratch == null) scratch = new double[size];
                partial[j] = scratch;
            }
        }
    }

    private static Node[] prepend(Node first, Node[] rest) {
        Node[] all = new Node[rest.length + 1];
        all[0] = first;
        System.arraycopy(rest, 0, all, 1, rest.length);
        return all;
    }

    /**
     * The summed log density, with the partials written; negative infinity when a parameter or
     * the value is outside its domain (NaN is taken as such too).
     */
    abstract double evaluate();

    /** Whether input j is a constant whose derived values were computed, and valid, before. */
    final boolean cached(int j) {
        return ready[j];
    }

    /** Records that input j's derived values were just computed; a constant's are kept. */
    final boolean prepared(int j, boolean valid) {
        if (valid && args[j].constant) ready[j] = true;
        return valid;
    }

    @Override
    public final void forward() {
        double lp = evaluate();
        finite = lp > NEGATIVE_INFINITY && lp < Double.POSITIVE_INFINITY;
        out.value[0] = lp == lp ? lp : NEGATIVE_INFINITY;
    }

    @Override
    public final void backward() {
        if (!finite) return;
        double g = out.adjoint[0];
        for (int j = 0; j < args.length; j++) {
            if (!flows[j]) continue;
            double[] adjoint = args[j].adjoint;
            double[] d = partial[j];
            if (adjoint.length == 1) {
                double s = 0;
                for (int k = 0; k < size; k++) s += d[k];
                adjoint[0] += g * s;
            } else if (adjoint.length == size) {
                // Same shape as the broadcast: the map is the identity.
                for (int k = 0; k < size; k++) adjoint[k] += g * d[k];
            } else {
                int[] map = at[j];
                for (int k = 0; k < size; k++) adjoint[map[k]] += g * d[k];
            }
        }
    }

    @Override
    public String name() {
        return name + "LogDensity";
    }
}
