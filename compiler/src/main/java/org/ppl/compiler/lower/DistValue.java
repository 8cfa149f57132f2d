package org.ppl.compiler.lower;

import org.ppl.ad.Node;
import org.ppl.ad.Shape;
import org.ppl.ad.Tape;
import org.ppl.compiler.ir.IrExpr;
import org.ppl.compiler.names.Symbol;
import org.ppl.dist.Distribution;
import org.ppl.gp.Latent;

/** A distribution with its arguments lowered: what a {@code ~}, {@code logp} or observed term needs. */
sealed interface DistValue {
    /**
     * A distribution of the table with its argument nodes in the variant's order; {@code shape} is
     * the {@code shape=} given, or null.
     */
    record Named(Distribution dist, Node[] args, Shape shape) implements DistValue {
        /** log p(value), summed over the value's elements (the arguments broadcast against it). */
        Node logDensity(Tape tape, Node value) {
            return dist.logDensity(tape, value, args);
        }

        /** The shape of a parameter with this prior: {@code shape=}, else the arguments' broadcast shape. */
        Shape drawShape() {
            if (shape != null) return shape;
            Shape[] shapes = new Shape[args.length];
            double[][] values = new double[args.length][];
            for (int j = 0; j < args.length; j++) {
                shapes[j] = args[j].shape;
                values[j] = args[j].constant ? args[j].value : null;
            }
            return dist.drawShape(shapes, values);
        }
    }

    /**
     * {@code gp.marginal_likelihood(X=x, Xu=xu, noise=noise)}; {@code gp} is a Marginal or
     * MarginalApprox, {@code xu} null for Marginal; {@code owner} is the GP object's name (null when
     * it has none), {@code xExpr} the inputs as written.
     */
    record GpMarginal(Value gp, Node x, Node xu, Node noise, Symbol owner, IrExpr xExpr) implements DistValue {}

    /** {@code latent.prior(X=x)}; {@code owner} is the GP object's name, or null. */
    record GpPrior(Latent gp, Node x, Symbol owner) implements DistValue {}

    /**
     * {@code gp.conditional(Xnew)}: the predictive distribution at new inputs, prepared from what the
     * GP object was conditioned on; it has no place in the log density, only in the predictive step.
     */
    record GpConditional(GpPrediction.Source source, Shape drawShape) implements DistValue {}
}
