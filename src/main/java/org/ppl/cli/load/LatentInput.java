package org.ppl.cli.load;

/**
 * A latent parameter and the observed data it explains, as in the GP-LVM: X (N x Q) behind Y
 * (N x P). {@code ppl fit --init pca} starts X at the first Q principal components of Y.
 *
 * @param parameter the latent parameter's name ({@code X}); an N x Q matrix
 * @param observedName the observed data's name ({@code Y}), for messages
 * @param observed the observed data, N x P row-major
 * @param rows N
 * @param columns P
 */
public record LatentInput(String parameter, String observedName, double[] observed, int rows, int columns) {
    public LatentInput {
        if (observed.length != rows * columns) {
            throw new IllegalArgumentException(observedName + " has " + observed.length + " values, not " + rows
                    + " x " + columns);
        }
    }
}
