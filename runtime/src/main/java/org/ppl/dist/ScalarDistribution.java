package org.ppl.dist;

import java.util.random.RandomGenerator;
import org.ppl.ad.Broadcast;
import org.ppl.ad.Node;
import org.ppl.ad.Shape;
import org.ppl.ad.Tape;

/**
 * A distribution over scalars (event rank 0): its value may have any shape, and each argument
 * broadcasts against it as in NumPy. The log density is one {@link ElementwiseLogDensity}; a draw
 * is made element by element from the broadcast arguments.
 */
abstract class ScalarDistribution extends NamedDistribution {
    ScalarDistribution(String name, Support support, Parameter... parameters) {
        super(name, support, parameters);
    }

    @Override
    public final int eventRank() {
        return 0;
    }

    /** Whether input j of the log density (0 the value, then the parameters) has a gradient. */
    final boolean differentiable(int j) {
        return j == 0 ? !support().isDiscrete() : parameters().get(j - 1).isDifferentiable();
    }

    @Override
    public final Node logDensity(Tape tape, Node value, Node... args) {
        requireArity(args.length);
        return tape.push(newLogDensity(value, args));
    }

    /** The operation computing the summed log density of {@code value}. */
    abstract ElementwiseLogDensity newLogDensity(Node value, Node[] params);

    @Override
    public Shape drawShape(Shape[] argShapes, double[][] argValues) {
        requireArity(argShapes.length);
        return ArgumentShapes.broadcastArguments(name(), parameterNames(), argShapes);
    }

    @Override
    public void sample(RandomGenerator rng, double[][] args, Shape[] argShapes, Shape shape, double[] out) {
        requireArity(args.length);
        requireOutput(out, shape);
        int[][] maps = new int[args.length][];
        for (int j = 0; j < args.length; j++) {
            ArgumentShapes.requireBroadcastsTo(name(), parameterNames()[j], argShapes[j], shape);
            maps[j] = Broadcast.indexMap(argShapes[j], shape);
        }
        double[] p = new double[args.length];
        for (int k = 0; k < out.length; k++) {
            for (int j = 0; j < p.length; j++) {
                p[j] = args[j][maps[j][k]];
                Domains.require(name(), parameters().get(j), p[j]);
            }
            checkTogether(p);
            out[k] = draw(rng, p);
        }
    }

    /** One draw given the arguments of this element (already checked). */
    abstract double draw(RandomGenerator rng, double[] p);

    /** Checks conditions that tie arguments together (Uniform's lower below upper). */
    void checkTogether(double[] p) {}
}
