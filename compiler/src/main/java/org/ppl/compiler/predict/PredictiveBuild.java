package org.ppl.compiler.predict;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.random.RandomGenerator;
import org.ppl.ad.Node;
import org.ppl.ad.NumericFailure;
import org.ppl.compiler.lower.CompiledModel;
import org.ppl.compiler.lower.GpPrediction;
import org.ppl.compiler.lower.Lowered;
import org.ppl.compiler.lower.LoweredParameter;
import org.ppl.compiler.lower.LoweringMode;
import org.ppl.gp.Prediction;
import org.ppl.model.TapeModel;
import org.ppl.model.Variable;

/**
 * The model built for the predictive step ({@link LoweringMode#PREDICTIVE}): parameters set to
 * their constrained values directly, GP conditionals and predictions as inputs filled per draw, and
 * the replicates of its observed terms. It lays out a row of output: the model's values (parameters
 * and saved values, as in the draws), then the conditional draws and predictions, the saved values
 * computed from them, and last the replicates. Prior and posterior builds differ only in how a GP
 * term is replicated: from the GP's prior, or given the data. One build serves one thread.
 */
final class PredictiveBuild {
    /** A named output of a GP conditional or prediction: the input node the program reads it from. */
    record PredictionOutput(String name, Node node) {}

    private final TapeModel model;
    private final Lowered lowered;
    private final List<Variable> values = new ArrayList<>();
    private final List<Variable> deferred = new ArrayList<>();
    private final List<int[]> valueSpans = new ArrayList<>();
    private final List<int[]> deferredSpans = new ArrayList<>();
    private final List<PredictionOutput> predictionOutputs = new ArrayList<>();
    private final List<ObservedReplicates.Group> replicates;
    private final double[] constrained;

    private PredictiveBuild(CompiledModel compiled, boolean afterSampling) {
        Set<String> deferredNames = new HashSet<>(compiled.instantiate().lowered().deferredSaves());
        CompiledModel.Instance build = compiled.instantiate(LoweringMode.PREDICTIVE);
        this.model = build.model();
        this.lowered = build.lowered();
        int offset = 0;
        for (Variable v : model.variables()) {
            int[] span = {offset, v.shape().size()};
            offset += v.shape().size();
            boolean late = v.kind() == Variable.Kind.SAVED && deferredNames.contains(v.name());
            (late ? deferred : values).add(v);
            (late ? deferredSpans : valueSpans).add(span);
        }
        this.constrained = new double[offset];
        for (GpPrediction p : lowered.predictions()) predictionOutputs.addAll(outputs(p));
        Set<String> taken = new HashSet<>();
        for (String c : valueColumns()) taken.add(c.contains(".") ? c.substring(0, c.indexOf('.')) : c);
        this.replicates = ObservedReplicates.of(lowered.observed(), !afterSampling, taken);
    }

    /** The build for draws from the prior: GP terms replicated from their priors. */
    static PredictiveBuild forPrior(CompiledModel compiled) {
        return new PredictiveBuild(compiled, false);
    }

    /** The build for posterior draws: GP terms replicated given the data, conditionals and predictions computed. */
    static PredictiveBuild forPosterior(CompiledModel compiled) {
        return new PredictiveBuild(compiled, true);
    }

    private static List<PredictionOutput> outputs(GpPrediction p) {
        List<Node> in = p.inputs();
        if (p.kind() == GpPrediction.Kind.DRAW) return List.of(new PredictionOutput(p.names().get(0), in.get(0)));
        if (p.names().size() == 2) return List.of(new PredictionOutput(p.names().get(0), in.get(0)), new PredictionOutput(p.names().get(1), in.get(1)));
        if (p.names().size() == 1) {
            String n = p.names().get(0);
            return List.of(new PredictionOutput(n + "_mean", in.get(0)), new PredictionOutput(n + "_var", in.get(1)));
        }
        return List.of();
    }

    TapeModel model() {
        return model;
    }

    List<LoweredParameter> parameters() {
        return lowered.parameters();
    }

    /** The element names of the parameters, in the order {@link #load} takes their values. */
    List<String> parameterNames() {
        List<String> names = new ArrayList<>();
        for (Variable v : model.variables()) if (v.kind() == Variable.Kind.PARAMETER) names.addAll(v.elementNames());
        return names;
    }

    /** The column names of a row: values, then predictions and what is computed from them, then replicates. */
    List<String> columns() {
        List<String> out = valueColumns();
        for (ObservedReplicates.Group g : replicates) out.addAll(new Variable(g.name(), g.shape(), Variable.Kind.SAVED).elementNames());
        return out;
    }

    private List<String> valueColumns() {
        List<String> out = new ArrayList<>();
        for (Variable v : values) out.addAll(v.elementNames());
        for (PredictionOutput p : predictionOutputs) out.addAll(new Variable(p.name(), p.node().shape, Variable.Kind.SAVED).elementNames());
        for (Variable v : deferred) out.addAll(v.elementNames());
        return out;
    }

    /** The names of the replicated values whose draws are integers (discrete distributions). */
    List<String> discreteReplicates() {
        List<String> out = new ArrayList<>();
        for (ObservedReplicates.Group g : replicates) if (g.discrete()) out.add(g.name());
        return out;
    }

    /** Sets the parameters (constrained, in the order of {@link #parameterNames}) and runs the program; false on a numeric failure. */
    boolean load(double[] parameters) {
        model.constrain(parameters, constrained);
        return model.lastFailure() == null;
    }

    String lastFailure() {
        return model.lastFailure();
    }

    /**
     * Fills one row after {@link #load}: the values, then each conditional drawn and
     * each prediction computed, the program run again for the values computed from them, and last
     * the replicates.
     *
     * @throws NumericFailure when a prediction or a replicate cannot be computed
     */
    void fill(RandomGenerator rng, double[] parameters, double[] row) {
        int at = copy(valueSpans, row, 0);
        for (GpPrediction p : lowered.predictions()) predict(p, rng);
        for (PredictionOutput p : predictionOutputs) {
            System.arraycopy(p.node().value, 0, row, at, p.node().size());
            at += p.node().size();
        }
        if (!deferred.isEmpty()) {
            if (!load(parameters)) throw new NumericFailure(lastFailure());
            at = copy(deferredSpans, row, at);
        }
        for (ObservedReplicates.Group g : replicates) {
            for (Replicate r : g.terms()) {
                r.draw(rng, row, at);
                at += r.size();
            }
        }
    }

    private int copy(List<int[]> spans, double[] row, int at) {
        for (int[] span : spans) {
            System.arraycopy(constrained, span[0], row, at, span[1]);
            at += span[1];
        }
        return at;
    }

    /** Computes a conditional or prediction at the current values and puts it where the program reads it. */
    private static void predict(GpPrediction p, RandomGenerator rng) {
        Prediction prediction = p.source().predict();
        if (p.kind() == GpPrediction.Kind.DRAW) {
            double[] draw = prediction.draw(rng);
            System.arraycopy(draw, 0, p.inputs().get(0).value, 0, draw.length);
            return;
        }
        System.arraycopy(prediction.mean(), 0, p.inputs().get(0).value, 0, prediction.mean().length);
        System.arraycopy(prediction.variance(), 0, p.inputs().get(1).value, 0, prediction.variance().length);
    }
}
