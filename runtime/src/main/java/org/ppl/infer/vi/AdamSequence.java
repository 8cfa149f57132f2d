package org.ppl.infer.vi;

/**
 * Adam (Kingma and Ba, "Adam: a method for stochastic optimization", ICLR 2015) with constant
 * learning rate η and their defaults β₁ = 0.9, β₂ = 0.999, ε = 1e-8, as an ascent rule. Its
 * iterates keep scattering by about η around the optimum, so it pairs well with {@code
 * averageIterates}. (Decaying the rate as η/√k, like Stan's sequence, was tried: the η search
 * then favours large η and the full-rank diagonal can stall near zero.)
 */
final class AdamSequence implements StepSizeSequence {
    private static final double BETA1 = 0.9;
    private static final double BETA2 = 0.999;
    private static final double EPSILON = 1e-8;

    private final double[] first;
    private final double[] second;

    AdamSequence(int size) {
        this.first = new double[size];
        this.second = new double[size];
    }

    @Override
    public void restart() {
        java.util.Arrays.fill(first, 0.0);
        java.util.Arrays.fill(second, 0.0);
    }

    @Override
    public void update(double[] params, double[] gradient, int iteration, double eta) {
        double correction1 = 1 - Math.pow(BETA1, iteration);
        double correction2 = 1 - Math.pow(BETA2, iteration);
        for (int i = 0; i < params.length; i++) {
            double g = gradient[i];
            first[i] = BETA1 * first[i] + (1 - BETA1) * g;
            second[i] = BETA2 * second[i] + (1 - BETA2) * g * g;
            params[i] += eta * (first[i] / correction1) / (Math.sqrt(second[i] / correction2) + EPSILON);
        }
    }
}
