package org.ppl.compiler.lower;

import java.util.List;

/**
 * What one lowering run recorded besides the tape: the parameters, the observed terms with their
 * distributions and argument nodes, the GP conditionals and predictions prepared for the
 * predictive step, the saved values, and the saved values that depend on a prediction (computed
 * by the predictive step, not by the model).
 */
public record Lowered(List<LoweredParameter> parameters, List<ObservedTerm> observed, List<GpPrediction> predictions,
        List<String> saved, List<String> deferredSaves) {}
