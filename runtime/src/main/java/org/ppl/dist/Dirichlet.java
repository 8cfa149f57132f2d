package org.ppl.dist;

import static org.ppl.dist.Distribution.Domain.POSITIVE;

import java.util.random.RandomGenerator;
import org.ppl.ad.Broadcast;
import org.ppl.ad.Node;
import org.ppl.ad.Shape;
import org.ppl.ad.ShapeException;
import org.ppl.ad.Tape;

/**
 * Dirichlet(a) on the simplex: lgamma(sum a) - sum lgamma(a) + sum (a - 1) log x. The value is one
 * simplex (K,) or a matrix (N, K) of independent rows; a broadcasts against it.
 */
final class Dirichlet extends NamedDistribution {
    /** How far from one a simplex's sum may be (Stan's constraint tolerance). */
    static final double SIMPLEX_TOLERANCE = 1e-8;

    Dirichlet() {
        super("Dirichlet", Support.SIMPLEX, new Parameter("a", POSITIVE, 1));
    }

    @Override
    public int eventRank() {
        return 1;
    }

    @Override
    public Node logDensity(Tape tape, Node value, Node... args) {
        requireArity(args.length);
        checkShapes(value.shape, args[0].shape);
        return tape.push(new DirichletLogDensity(value, args[0]));
    }

    private static void checkShapes(Shape value, Shape a) {
        if (value.rank() != 1 && value.rank() != 2) {
            throw new ShapeException("Dirichlet: the value has shape " + value
                    + ", but must be a simplex (K,) or a matrix (N, K) of simplexes in its rows");
        }
        if (!a.broadcastsTo(value)) {
            throw new ShapeException("Dirichlet: a has shape " + a + ", which does not broadcast with the value's shape "
                    + value);
        }
    }

    @Override
    public Shape drawShape(Shape[] argShapes, double[][] argValues) {
        requireArity(argShapes.length);
        Shape a = argShapes[0];
        if (a.rank() != 1 && a.rank() != 2) {
            throw new ShapeException("Dirichlet: a has shape " + a
                    + ", but must be a vector (K,) or a matrix (N, K) whose last axis is the categories");
        }
        return a;
    }

    @Override
    public void sample(RandomGenerator rng, double[][] args, Shape[] argShapes, Shape shape, double[] out) {
        requireArity(args.length);
        requireOutput(out, shape);
        checkShapes(shape, argShapes[0]);
        int k = shape.dim(shape.rank() - 1);
        int rows = k == 0 ? 0 : shape.size() / k;
        int[] map = Broadcast.indexMap(argShapes[0], shape);
        double[] a = args[0];
        double[] logs = new double[k];
        for (int r = 0; r < rows; r++) {
            // Gamma draws in log space, so tiny concentrations do not underflow to 0 / 0.
            double max = Double.NEGATIVE_INFINITY;
            for (int c = 0; c < k; c++) {
                double ac = a[map[r * k + c]];
                Domains.require(name(), parameters().get(0), ac);
                logs[c] = Samplers.logGamma(rng, ac);
                max = Math.max(max, logs[c]);
            }
            double total = 0;
            for (int c = 0; c < k; c++) total += Math.exp(logs[c] - max);
            for (int c = 0; c < k; c++) out[r * k + c] = Math.exp(logs[c] - max) / total;
        }
    }
}
