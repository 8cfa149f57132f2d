package org.ppl.infer.vi;

/**
 * A Gaussian family on the unconstrained space, parameterised so that a standard-normal draw η
 * maps to a draw ζ = μ + S η (S the scale: diagonal for mean-field, lower triangular for
 * full-rank). The variational parameters are one flat vector that the step-size sequence
 * updates in place; the family supplies the reparameterisation gradient and the entropy
 * (Kucukelbir, Tran, Ranganath, Gelman and Blei, "Automatic differentiation variational
 * inference", JMLR 18, 2017).
 */
public interface VariationalFamily {
    /** Number of model (unconstrained) coordinates. */
    int dimension();

    /** Number of variational parameters. */
    int parameterCount();

    /** The variational parameters, live: updated in place by the optimiser. */
    double[] parameters();

    /**
     * Writes the parameters into {@code out} in a canonical form of the same distribution, for
     * averaging iterates: parameters that differ only by a symmetry (the signs of the columns of
     * a full-rank factor) must not cancel in an average.
     */
    default void canonicalParameters(double[] out) {
        System.arraycopy(parameters(), 0, out, 0, parameterCount());
    }

    /** Sets the mean to {@code mean} and the scale to the identity (Stan's start). */
    void reset(double[] mean);

    /** ζ := μ + S η. */
    void transform(double[] eta, double[] zeta);

    /**
     * Adds the chain rule of one draw to {@code gradient}: with g = ∇ log p(ζ) at ζ = μ + S η,
     * the derivatives of log p(ζ) with respect to the variational parameters.
     */
    void addDrawGradient(double[] eta, double[] modelGradient, double[] gradient);

    /** Adds the gradient of the entropy with respect to the variational parameters. */
    void addEntropyGradient(double[] gradient);

    /** Entropy of the Gaussian, the 2πe constant included. */
    double entropy();

    /** Normalised log density of the approximation at ζ = μ + S η, given η. */
    double logDensity(double[] eta);

    double[] mean();

    double[] standardDeviations();

    /** Covariance S S', row-major. */
    double[] covariance();

    /** The lower-triangular scale S (diagonal for mean-field), row-major. */
    double[] choleskyFactor();

    /** "meanfield" or "fullrank", as Stan names them. */
    String name();
}
