package org.ppl.compiler.predict;

import java.util.Arrays;
import java.util.List;
import org.ppl.ad.NumericFailure;
import org.ppl.compiler.lower.CompiledModel;
import org.ppl.infer.RandomStream;

/**
 * The posterior predictive step (PyMC's {@code sample_posterior_predictive}, Stan's standalone
 * generated quantities): for each draw of the parameters, the model is run forward at it, every GP
 * {@code conditional} is drawn and every {@code predict} computed at its new inputs, the saved values
 * computed from them follow, and every observed term is replicated ({@code y_rep}). Row r depends
 * only on the model, its data, the draw, the seed and r.
 */
public final class PosteriorPredictive {
    private final PredictiveBuild build;

    public PosteriorPredictive(CompiledModel compiled) {
        this.build = PredictiveBuild.forPosterior(compiled);
    }

    /** The parameter elements each draw must give, in the order {@link #predict} takes them ({@code mu}, {@code X.1.2}). */
    public List<String> parameterNames() {
        return build.parameterNames();
    }

    /** The columns of a row: the model's values, the predictions and what is computed from them, the replicates. */
    public List<String> columns() {
        return build.columns();
    }

    /**
     * One row per draw; {@code draws[r]} holds the parameters' constrained values in the order of
     * {@link #parameterNames()}. A draw at which the model or a prediction cannot be computed (a
     * covariance that is not positive definite) gives NaN in its predictive values and is counted.
     */
    public PredictiveDraws predict(double[][] draws, long seed) {
        List<String> columns = build.columns();
        int parameters = build.parameterNames().size();
        double[][] rows = new double[draws.length][columns.size()];
        int failed = 0;
        String first = null;
        for (int r = 0; r < draws.length; r++) {
            if (draws[r].length != parameters) {
                throw new IllegalArgumentException("draw " + r + " has " + draws[r].length + " values for " + parameters + " parameters");
            }
            String failure = null;
            try {
                if (!build.load(draws[r])) failure = build.lastFailure();
                else build.fill(RandomStream.forChain(seed, r), draws[r], rows[r]);
            } catch (NumericFailure | IllegalArgumentException e) {
                failure = e.getMessage();
            }
            if (failure != null) {
                Arrays.fill(rows[r], Double.NaN);
                System.arraycopy(draws[r], 0, rows[r], 0, parameters);
                failed++;
                if (first == null) first = failure;
            }
        }
        return new PredictiveDraws(columns, build.discreteReplicates(), rows, failed, first);
    }
}
