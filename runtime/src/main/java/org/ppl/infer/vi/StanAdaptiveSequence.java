package org.ppl.infer.vi;

/**
 * ADVI's adaptive step-size sequence (Kucukelbir et al. 2017, eq. 10): the step of coordinate i
 * at iteration k is η k^{−1/2+ε} / (τ + √sᵢ), where s is a running average of squared gradients,
 * s₁ = g₁², s_k = α g_k² + (1 − α) s_{k−1}, with τ = 1, α = 0.1, ε = 1e-16 (so the decay is
 * Stan's η/√k).
 */
final class StanAdaptiveSequence implements StepSizeSequence {
    private static final double TAU = 1.0;
    private static final double ALPHA = 0.1;
    private static final double EPSILON = 1e-16;

    private final double[] meanSquare;

    StanAdaptiveSequence(int size) {
        this.meanSquare = new double[size];
    }

    @Override
    public void restart() {
        java.util.Arrays.fill(meanSquare, 0.0);
    }

    @Override
    public void update(double[] params, double[] gradient, int iteration, double eta) {
        double scaled = eta * Math.pow(iteration, -0.5 + EPSILON);
        for (int i = 0; i < params.length; i++) {
            double g = gradient[i];
            meanSquare[i] = iteration == 1 ? g * g : ALPHA * g * g + (1 - ALPHA) * meanSquare[i];
            params[i] += scaled * g / (TAU + Math.sqrt(meanSquare[i]));
        }
    }
}
