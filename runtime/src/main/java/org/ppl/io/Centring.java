package org.ppl.io;

/**
 * Column centring of a data matrix: each column shifted to mean 0, its scale kept. A zero-mean GP
 * (the GP-LVM's) models centred data; {@link Standardise} also rescales, which changes the model.
 */
public final class Centring {
    private Centring() {}

    /**
     * A copy of {@code value} with each column's mean subtracted: an N x C matrix by columns, a
     * vector as one column; a scalar is returned as it is.
     */
    public static DataValue columns(DataValue value) {
        int rank = value.shape().rank();
        if (rank == 0) return value;
        int rows = value.shape().dim(0);
        int cols = rank == 1 ? 1 : value.values().length / Math.max(rows, 1);
        double[] x = value.values().clone();
        for (int j = 0; j < cols; j++) {
            double mean = 0;
            for (int i = 0; i < rows; i++) mean += x[i * cols + j];
            mean /= rows;
            for (int i = 0; i < rows; i++) x[i * cols + j] -= mean;
        }
        return new DataValue(value.name(), value.shape(), x, false, value.where(), value.elements());
    }
}
