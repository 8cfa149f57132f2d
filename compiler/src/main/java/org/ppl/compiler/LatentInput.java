package org.ppl.compiler;

/**
 * A GP marginal likelihood whose inputs are a parameter and whose observed value is data
 * ({@code Y ~ f.marginal_likelihood(X=X, ...)} with {@code X} a parameter): the GP-LVM's latent
 * inputs, which {@code ppl fit} initialises from the principal components of the data, as GPy does.
 *
 * @param parameter the latent inputs' name ({@code X}), an N x Q matrix
 * @param data the observed data's name ({@code Y})
 * @param values the observed data as bound (standardised if it was read so), N x P row-major; not to be changed
 * @param rows N
 * @param columns P (1 for a vector)
 */
public record LatentInput(String parameter, String data, double[] values, int rows, int columns) {
    @Override
    public boolean equals(Object o) {
        return o instanceof LatentInput l && parameter.equals(l.parameter) && data.equals(l.data);
    }

    @Override
    public int hashCode() {
        return parameter.hashCode() * 31 + data.hashCode();
    }

    @Override
    public String toString() {
        return parameter + " behind " + data + " (" + rows + " x " + columns + ")";
    }
}
