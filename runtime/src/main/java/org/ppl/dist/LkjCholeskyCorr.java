package org.ppl.dist;

import static org.ppl.dist.Distribution.Domain.POSITIVE;
import static org.ppl.dist.Distribution.Domain.POSITIVE_INTEGER;

import java.util.random.RandomGenerator;
import org.ppl.ad.Node;
import org.ppl.ad.Shape;
import org.ppl.ad.ShapeException;
import org.ppl.ad.Tape;

/**
 * LKJCholeskyCorr(n, eta): the density of the lower Cholesky factor L of an n-by-n correlation
 * matrix whose law is LKJ(eta) (Lewandowski, Kurowicka and Joe 2009), as Stan's
 * lkj_corr_cholesky: with respect to the free entries below the diagonal (each row's diagonal is
 * fixed by the row having unit length),
 *
 * <pre>
 *   log p(L) = log C(n, eta) + sum_{i=2..n} (n - i + 2 eta - 2) log L_ii      (rows 1-based)
 * </pre>
 *
 * The density factorises by rows: row i's i - 1 free entries lie in the unit ball, with density
 * proportional to (1 - |x|^2)^(a_i), a_i = (n - i + 2 eta - 2) / 2, since L_ii = sqrt(1 - |x|^2).
 * The integral over the d-ball of (1 - |x|^2)^a is pi^(d/2) Gamma(a + 1) / Gamma(a + 1 + d/2), so
 * 1 / C is the product of these over the rows; the same structure gives exact draws row by row.
 */
final class LkjCholeskyCorr extends NamedDistribution {
    /** How far a row's squared length may be from one. */
    static final double UNIT_TOLERANCE = 1e-8;

    LkjCholeskyCorr() {
        super("LKJCholeskyCorr", Support.CORRELATION_CHOLESKY, new Parameter("n", POSITIVE_INTEGER),
                new Parameter("eta", POSITIVE));
    }

    @Override
    public int eventRank() {
        return 2;
    }

    @Override
    public Node logDensity(Tape tape, Node value, Node... args) {
        requireArity(args.length);
        Shape v = value.shape;
        if (v.rank() != 2 || v.dim(0) != v.dim(1)) {
            throw new ShapeException("LKJCholeskyCorr: the value has shape " + v + ", but must be a square matrix (n, n)");
        }
        Node n = args[0];
        if (n.size() != 1) throw new ShapeException("LKJCholeskyCorr: n has shape " + n.shape + ", but must be a scalar");
        if (n.constant && n.value[0] != v.dim(0)) {
            throw new ShapeException("LKJCholeskyCorr: n is " + formatCount(n.value[0]) + ", but the value has shape " + v);
        }
        Node eta = args[1];
        if (eta.size() != 1) {
            throw new ShapeException("LKJCholeskyCorr: eta has shape " + eta.shape + ", but must be a scalar");
        }
        return tape.push(new LkjCholeskyCorrLogDensity(value, n, eta));
    }

    private static String formatCount(double n) {
        return n == Math.rint(n) && Math.abs(n) < 1e15 ? Long.toString((long) n) : Double.toString(n);
    }

    @Override
    public Shape drawShape(Shape[] argShapes, double[][] argValues) {
        requireArity(argShapes.length);
        if (argValues == null || argValues[0] == null) {
            throw new ShapeException("LKJCholeskyCorr: n must be known when the model is built (a literal or data)");
        }
        double n = argValues[0][0];
        Domains.require(name(), parameters().get(0), n);
        return Shape.matrix((int) n, (int) n);
    }

    /** The log normalising constant log C(n, eta): minus the sum over rows of the log ball integrals. */
    static double logNormaliser(int n, double eta) {
        double value = 0;
        for (int d = 1; d < n; d++) {
            double a1 = 0.5 * (n - d - 1) + eta;
            value -= 0.5 * d * DistMath.LOG_PI + DistMath.lgamma(a1) - DistMath.lgamma(a1 + 0.5 * d);
        }
        return value;
    }

    /** The derivative of {@link #logNormaliser} with respect to eta. */
    static double logNormaliserDerivative(int n, double eta) {
        double derivative = 0;
        for (int d = 1; d < n; d++) {
            double a1 = 0.5 * (n - d - 1) + eta;
            derivative -= DistMath.digamma(a1) - DistMath.digamma(a1 + 0.5 * d);
        }
        return derivative;
    }

    @Override
    public void sample(RandomGenerator rng, double[][] args, Shape[] argShapes, Shape shape, double[] out) {
        requireArity(args.length);
        requireOutput(out, shape);
        if (args[0].length != 1 || args[1].length != 1) {
            throw new ShapeException("LKJCholeskyCorr: n and eta must be scalars");
        }
        double nValue = args[0][0];
        double eta = args[1][0];
        Domains.require(name(), parameters().get(0), nValue);
        Domains.require(name(), parameters().get(1), eta);
        int n = (int) nValue;
        if (!shape.equals(Shape.matrix(n, n))) {
            throw new ShapeException("LKJCholeskyCorr: n is " + n + ", but the draw's shape is " + shape);
        }
        java.util.Arrays.fill(out, 0.0);
        out[0] = 1.0;
        for (int i = 1; i < n; i++) {
            // Row i (0-based) has d = i free entries: uniform direction, squared length Beta(d/2, a + 1).
            double a = 0.5 * (n - i - 3) + eta;
            double r2 = Samplers.beta(rng, 0.5 * i, a + 1.0);
            double norm = 0;
            for (int c = 0; c < i; c++) {
                double z = rng.nextGaussian();
                out[i * n + c] = z;
                norm += z * z;
            }
            double scale = Math.sqrt(r2 / norm);
            for (int c = 0; c < i; c++) out[i * n + c] *= scale;
            out[i * n + i] = Math.sqrt(1.0 - r2);
        }
    }
}
