package org.ppl.compiler.predict;

import java.util.List;
import java.util.random.RandomGenerator;
import org.ppl.ad.Node;
import org.ppl.ad.Shape;
import org.ppl.dist.Distribution;

/** A term {@code y ~ Dist(args)}: a draw of the distribution at its arguments' current values, of y's shape. */
final class DistributionReplicate implements Replicate {
    private final Distribution distribution;
    private final Node[] arguments;
    private final Shape shape;
    private final double[][] values;
    private final Shape[] shapes;
    private final double[] buffer;

    DistributionReplicate(Distribution distribution, List<Node> arguments, Shape shape) {
        this.distribution = distribution;
        this.arguments = arguments.toArray(new Node[0]);
        this.shape = shape;
        this.values = new double[this.arguments.length][];
        this.shapes = new Shape[this.arguments.length];
        for (int j = 0; j < this.arguments.length; j++) shapes[j] = this.arguments[j].shape;
        this.buffer = new double[shape.size()];
    }

    @Override
    public int size() {
        return shape.size();
    }

    @Override
    public boolean discrete() {
        return distribution.support().isDiscrete();
    }

    @Override
    public void draw(RandomGenerator rng, double[] out, int offset) {
        for (int j = 0; j < arguments.length; j++) values[j] = arguments[j].value;
        distribution.sample(rng, values, shapes, shape, buffer);
        System.arraycopy(buffer, 0, out, offset, buffer.length);
    }
}
