package org.ppl.dist;

import static org.ppl.dist.Distribution.Domain.CHOLESKY_FACTOR;
import static org.ppl.dist.Distribution.Domain.COVARIANCE;
import static org.ppl.dist.Distribution.Domain.REAL;

import java.util.random.RandomGenerator;
import org.ppl.ad.Broadcast;
import org.ppl.ad.Node;
import org.ppl.ad.Shape;
import org.ppl.ad.ShapeException;
import org.ppl.ad.Tape;
import org.ppl.linalg.CholeskyKernel;

/**
 * MvNormal(mu, cov=) and MvNormal(mu, chol=): the value is one vector (D,) or a matrix (N, D) of
 * independent rows, mu broadcasts against it, and the covariance (or its lower Cholesky factor) is
 * shared by every row.
 */
final class MvNormal extends NamedDistribution {
    private final boolean cholesky;

    private MvNormal(boolean cholesky) {
        super("MvNormal", Support.REAL, new Parameter("mu", REAL, 1),
                cholesky ? new Parameter("chol", CHOLESKY_FACTOR, 2) : new Parameter("cov", COVARIANCE, 2));
        this.cholesky = cholesky;
    }

    static MvNormal covariance() {
        return new MvNormal(false);
    }

    static MvNormal cholesky() {
        return new MvNormal(true);
    }

    String scaleName() {
        return cholesky ? "chol" : "cov";
    }

    @Override
    public int eventRank() {
        return 1;
    }

    @Override
    public Node logDensity(Tape tape, Node value, Node... args) {
        requireArity(args.length);
        checkShapes(value.shape, args[0].shape, args[1].shape);
        return tape.push(new MvNormalLogDensity(this, value, args[0], args[1], cholesky));
    }

    private void checkShapes(Shape value, Shape mu, Shape scale) {
        if (value.rank() != 1 && value.rank() != 2) {
            throw new ShapeException("MvNormal: the value has shape " + value
                    + ", but must be a vector (D,) or a matrix (N, D) of independent rows");
        }
        int d = value.dim(value.rank() - 1);
        if (!scale.equals(Shape.matrix(d, d))) {
            throw new ShapeException("MvNormal: " + scaleName() + " has shape " + scale
                    + ", which does not fit the value's shape " + value + ": it must be (" + d + ", " + d + ")");
        }
        if (!mu.broadcastsTo(value)) {
            throw new ShapeException("MvNormal: mu has shape " + mu + ", which does not broadcast with the value's shape "
                    + value);
        }
    }

    @Override
    public Shape drawShape(Shape[] argShapes, double[][] argValues) {
        requireArity(argShapes.length);
        Shape mu = argShapes[0];
        Shape scale = argShapes[1];
        if (scale.rank() != 2 || scale.dim(0) != scale.dim(1)) {
            throw new ShapeException("MvNormal: " + scaleName() + " has shape " + scale + ", but must be square");
        }
        int d = scale.dim(0);
        if (mu.rank() > 2 || !ArgumentShapes.compatible(mu, Shape.vector(d))) {
            throw new ShapeException("MvNormal: mu has shape " + mu + ", which does not fit " + scaleName()
                    + "'s shape " + scale + ": its last axis must have length " + d);
        }
        return Shape.broadcast(mu, Shape.vector(d));
    }

    @Override
    public void sample(RandomGenerator rng, double[][] args, Shape[] argShapes, Shape shape, double[] out) {
        requireArity(args.length);
        requireOutput(out, shape);
        checkShapes(shape, argShapes[0], argShapes[1]);
        int d = shape.dim(shape.rank() - 1);
        int n = shape.size() / Math.max(d, 1);
        double[] factor = factorForSampling(args[1], d);
        double[] mu = args[0];
        for (double m : mu) Domains.require(name(), parameters().get(0), m);
        int[] map = Broadcast.indexMap(argShapes[0], shape);
        double[] z = new double[d];
        for (int i = 0; i < n; i++) {
            for (int c = 0; c < d; c++) z[c] = rng.nextGaussian();
            for (int r = 0; r < d; r++) {
                double s = 0;
                for (int c = 0; c <= r; c++) s += factor[r * d + c] * z[c];
                out[i * d + r] = mu[map[i * d + r]] + s;
            }
        }
    }

    private double[] factorForSampling(double[] scale, int d) {
        double[] factor = new double[d * d];
        for (int r = 0; r < d; r++) {
            for (int c = 0; c <= r; c++) {
                factor[r * d + c] = cholesky ? scale[r * d + c] : 0.5 * (scale[r * d + c] + scale[c * d + r]);
            }
        }
        if (cholesky) {
            for (int r = 0; r < d; r++) {
                double v = factor[r * d + r];
                if (!(v > 0 && v < Double.POSITIVE_INFINITY)) {
                    throw new IllegalArgumentException("MvNormal: chol has " + v + " on its diagonal at row " + r
                            + ", but its diagonal must be positive");
                }
            }
        } else if (!CholeskyKernel.factor(factor, d)) {
            throw new IllegalArgumentException("MvNormal: cov is not positive definite");
        }
        return factor;
    }
}
