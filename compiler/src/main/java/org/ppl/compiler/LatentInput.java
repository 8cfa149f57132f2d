package org.ppl.compiler;

/**
 * A GP marginal likelihood whose inputs are a parameter and whose observed value is data
 * ({@code Y ~ f.marginal_likelihood(X=X, ...)} with {@code X} a parameter): the GP-LVM's latent
 * inputs, which {@code ppl fit} initialises from the principal components of the data, as GPy does.
 */
public record LatentInput(String parameter, String data) {}
