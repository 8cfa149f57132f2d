package org.ppl.infer.vi;

/**
 * The average of the variational parameters over the last few ELBO windows (blocks of {@code
 * eval_elbo} iterations; as many blocks as the relative-change buffer holds, so the average
 * spans the iterations over which convergence was judged, 10% of the iteration limit by
 * default), but never over the first half of the run. The final iterate of stochastic
 * gradient ascent scatters around the optimum by an amount set by the step size; the average
 * of iterates (Polyak and Juditsky 1992; for variational inference Dhaka, Catalina, Andersen,
 * Magnusson, Huggins and Vehtari, "Robust, accurate stochastic optimization for variational
 * inference", NeurIPS 2020) removes most of that scatter.
 */
final class IterateAverage {
    private final int blockLength;
    private final double[][] sums;
    private final int[] counts;
    private final int[] blockIndex;

    IterateAverage(int blocks, int blockLength, int parameterCount) {
        this.blockLength = blockLength;
        this.sums = new double[blocks][parameterCount];
        this.counts = new int[blocks];
        this.blockIndex = new int[blocks];
    }

    /** Adds the parameters after 1-based {@code iteration}. */
    void add(double[] params, int iteration) {
        int block = (iteration - 1) / blockLength;
        int slot = block % sums.length;
        double[] sum = sums[slot];
        if ((iteration - 1) % blockLength == 0) {
            java.util.Arrays.fill(sum, 0.0);
            counts[slot] = 0;
            blockIndex[slot] = block;
        }
        for (int i = 0; i < sum.length; i++) sum[i] += params[i];
        counts[slot]++;
    }

    /**
     * Writes into {@code out} the average over the blocks held that lie in the latter half of the
     * run up to 1-based {@code iteration} (a run that converged early may still have been moving
     * towards the optimum in its first blocks).
     */
    void average(double[] out, int iteration) {
        java.util.Arrays.fill(out, 0.0);
        int lastBlock = (iteration - 1) / blockLength;
        int firstBlock = (lastBlock + 1) / 2;
        long n = 0;
        for (int b = 0; b < sums.length; b++) {
            if (counts[b] == 0 || blockIndex[b] < firstBlock) continue;
            for (int i = 0; i < out.length; i++) out[i] += sums[b][i];
            n += counts[b];
        }
        for (int i = 0; i < out.length; i++) out[i] /= n;
    }
}
