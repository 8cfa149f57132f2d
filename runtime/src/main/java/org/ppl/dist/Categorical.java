package org.ppl.dist;

import static org.ppl.dist.Distribution.Domain.REAL;
import static org.ppl.dist.Distribution.Domain.SIMPLEX;

import java.util.random.RandomGenerator;
import org.ppl.ad.Broadcast;
import org.ppl.ad.Node;
import org.ppl.ad.Shape;
import org.ppl.ad.ShapeException;
import org.ppl.ad.Tape;

/**
 * Categorical(p=) and Categorical(logit_p=) on {0, ..., K-1}, K the last axis of p. The value has
 * one category per event; p's leading axes (its batch) broadcast against the value's shape. The
 * log probability is log p_y - log sum p: p is normalised, as PyMC rescales a constant p that does
 * not sum to one (for a simplex p the two agree); with logit_p, l_y - log sum exp l.
 */
final class Categorical extends NamedDistribution {
    private final boolean logit;

    private Categorical(boolean logit) {
        super("Categorical", Support.CATEGORY,
                logit ? new Parameter("logit_p", REAL, 1) : new Parameter("p", SIMPLEX, 1));
        this.logit = logit;
    }

    static Categorical probability() {
        return new Categorical(false);
    }

    static Categorical logit() {
        return new Categorical(true);
    }

    String parameterName() {
        return logit ? "logit_p" : "p";
    }

    /** 1: the rank of p's event, as for the other vector distributions; the value is one category per event. */
    @Override
    public int eventRank() {
        return 1;
    }

    @Override
    public Node logDensity(Tape tape, Node value, Node... args) {
        requireArity(args.length);
        Shape batch = batchShape(value.shape, args[0].shape);
        return tape.push(new CategoricalLogDensity(value, args[0], batch, logit));
    }

    /** The value's shape broadcast with p's batch (p without its last axis). */
    private Shape batchShape(Shape value, Shape p) {
        if (p.rank() < 1 || p.dim(p.rank() - 1) < 1) {
            throw new ShapeException("Categorical: " + parameterName() + " has shape " + p
                    + ", but its last axis must hold the probabilities of the K >= 1 categories");
        }
        Shape rows = ArgumentShapes.batch(p, 1);
        if (!ArgumentShapes.compatible(value, rows)) {
            throw new ShapeException("Categorical: " + parameterName() + " has shape " + p + ", whose leading axes "
                    + rows + " do not broadcast with the value's shape " + value);
        }
        return Shape.broadcast(value, rows);
    }

    @Override
    public Shape drawShape(Shape[] argShapes, double[][] argValues) {
        requireArity(argShapes.length);
        return batchShape(Shape.SCALAR, argShapes[0]);
    }

    @Override
    public void sample(RandomGenerator rng, double[][] args, Shape[] argShapes, Shape shape, double[] out) {
        requireArity(args.length);
        requireOutput(out, shape);
        Shape p = argShapes[0];
        batchShape(Shape.SCALAR, p);
        if (!ArgumentShapes.batch(p, 1).broadcastsTo(shape)) {
            throw new ShapeException("Categorical: " + parameterName() + " has shape " + p
                    + ", which does not broadcast to the draw's shape " + shape);
        }
        int k = p.dim(p.rank() - 1);
        int[] rowMap = Broadcast.indexMap(ArgumentShapes.batch(p, 1), shape);
        double[] weights = new double[k];
        for (int e = 0; e < out.length; e++) {
            int row = rowMap[e] * k;
            double total = rowWeights(args[0], row, weights);
            double u = rng.nextDouble() * total;
            int c = 0;
            while (c < k - 1 && u >= weights[c]) {
                u -= weights[c];
                c++;
            }
            out[e] = c;
        }
    }

    /** The unnormalised probabilities of one row of p (or exp of logit_p less its maximum); their sum. */
    private double rowWeights(double[] p, int row, double[] weights) {
        int k = weights.length;
        double max = Double.NEGATIVE_INFINITY;
        for (int c = 0; c < k; c++) max = Math.max(max, p[row + c]);
        double total = 0;
        for (int c = 0; c < k; c++) {
            double v = p[row + c];
            double w = logit ? Math.exp(v - max) : v;
            if (!(w >= 0 && w < Double.POSITIVE_INFINITY)) {
                throw new IllegalArgumentException("Categorical: " + parameterName() + " has " + v
                        + " at category " + c + ", but " + (logit ? "must be finite" : "must be nonnegative"));
            }
            weights[c] = w;
            total += w;
        }
        if (!(total > 0)) throw new IllegalArgumentException("Categorical: p has a row of zeros");
        return total;
    }
}
