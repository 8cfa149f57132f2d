package org.ppl.compiler.predict;

import java.util.Arrays;
import java.util.List;
import org.ppl.ad.Node;
import org.ppl.ad.NumericFailure;
import org.ppl.ad.Shape;
import org.ppl.compiler.lower.CompiledModel;
import org.ppl.compiler.lower.LoweredParameter;
import org.ppl.infer.RandomStream;
import org.ppl.model.TapeModel;

/**
 * Draws from the prior predictive distribution by ancestral sampling: the parameters in program
 * order, each from its prior at the values of the parameters before it (a forward sweep gives its
 * arguments), then the saved values, then a replicate of every observed term. Terms added with
 * {@code target +=} are not priors and play no part (as in PyMC's {@code sample_prior_predictive}).
 * Draw d depends only on the model, its data, the seed and d.
 */
public final class PriorPredictive {
    private final PredictiveBuild build;

    public PriorPredictive(CompiledModel compiled) {
        this.build = PredictiveBuild.forPrior(compiled);
        for (LoweredParameter p : build.parameters()) {
            String dist = p.prior().distribution().name();
            if (dist.equals("Flat") || dist.equals("HalfFlat")) {
                throw new PredictiveError("'" + p.name() + "' has the improper prior " + dist + "(), which has no draws; "
                        + "give it a proper prior to draw from the prior predictive");
            }
        }
    }

    public List<String> columns() {
        return build.columns();
    }

    /**
     * {@code count} draws seeded with {@code seed}.
     *
     * @throws PredictiveError when a prior cannot be drawn from at the values drawn before it
     */
    public PredictiveDraws draw(int count, long seed) {
        List<String> columns = build.columns();
        double[][] rows = new double[count][columns.size()];
        int failed = 0;
        String first = null;
        for (int d = 0; d < count; d++) {
            RandomStream rng = RandomStream.forChain(seed, d);
            double[] theta = parameters(rng, d);
            String failure = null;
            try {
                if (!build.load(theta)) failure = build.lastFailure();
                else build.fill(rng, theta, rows[d]);
            } catch (NumericFailure | IllegalArgumentException e) {
                failure = e.getMessage();
            }
            if (failure != null) {
                Arrays.fill(rows[d], Double.NaN);
                System.arraycopy(theta, 0, rows[d], 0, theta.length);
                failed++;
                if (first == null) first = failure;
            }
        }
        return new PredictiveDraws(columns, build.discreteReplicates(), rows, failed, first);
    }

    /** One draw of every parameter, in program order, each given the ones before it. */
    private double[] parameters(RandomStream rng, int draw) {
        TapeModel model = build.model();
        double[] theta = new double[model.dimension()];
        int offset = 0;
        for (LoweredParameter p : build.parameters()) {
            LoweredParameter.Prior prior = p.prior();
            List<Node> args = prior.arguments();
            // The arguments of a prior that depends on earlier parameters are computed by a sweep at the values so far.
            if (!args.stream().allMatch(n -> n.constant)) model.logDensity(theta);
            double[][] values = new double[args.size()][];
            Shape[] shapes = new Shape[args.size()];
            for (int j = 0; j < values.length; j++) {
                values[j] = args.get(j).value.clone();
                shapes[j] = args.get(j).shape;
            }
            double[] out = new double[p.shape().size()];
            try {
                prior.distribution().sample(rng, values, shapes, p.shape(), out);
            } catch (IllegalArgumentException e) {
                throw new PredictiveError("cannot draw '" + p.name() + "' from its prior in draw " + (draw + 1) + ": " + e.getMessage());
            }
            if (prior.sorted()) Arrays.sort(out);
            System.arraycopy(out, 0, theta, offset, out.length);
            offset += out.length;
        }
        return theta;
    }
}
