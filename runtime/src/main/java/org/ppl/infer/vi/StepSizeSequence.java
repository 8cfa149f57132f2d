package org.ppl.infer.vi;

/** A stochastic-gradient ascent rule over a flat parameter vector. */
interface StepSizeSequence {
    /** Forgets the gradient history (a new run or a new η). */
    void restart();

    /** One ascent step on {@code params} along {@code gradient} at 1-based {@code iteration}. */
    void update(double[] params, double[] gradient, int iteration, double eta);

    static StepSizeSequence of(AdviOptions.Optimizer optimizer, int size) {
        return optimizer == AdviOptions.Optimizer.ADAM ? new AdamSequence(size) : new StanAdaptiveSequence(size);
    }
}
