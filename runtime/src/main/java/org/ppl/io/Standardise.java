package org.ppl.io;

import java.util.List;

/** Column standardisation of a CSV matrix: mean 0 and sample standard deviation (N - 1) 1. */
final class Standardise {
    private Standardise() {}

    /** A copy of {@code value} (an N x C matrix) with each column standardised; names for messages. */
    static DataValue columns(DataValue value, List<String> names) {
        int rows = value.shape().dim(0), cols = value.shape().dim(1);
        if (rows < 2) {
            throw value.error("cannot standardise " + rows + (rows == 1 ? " row" : " rows") + "; it takes at least 2");
        }
        double[] x = value.values().clone();
        for (int j = 0; j < cols; j++) {
            double mean = 0;
            for (int i = 0; i < rows; i++) {
                double v = x[i * cols + j];
                if (!Double.isFinite(v)) {
                    throw value.errorAt(i * cols + j, "cannot standardise column " + names.get(j) + ": it holds " + shortNumber(v));
                }
                mean += v;
            }
            mean /= rows;
            double squares = 0;
            for (int i = 0; i < rows; i++) {
                double d = x[i * cols + j] - mean;
                squares += d * d;
            }
            double sd = Math.sqrt(squares / (rows - 1));
            if (sd == 0) {
                throw value.error("cannot standardise column " + names.get(j) + ": every value is "
                        + shortNumber(x[j]));
            }
            for (int i = 0; i < rows; i++) x[i * cols + j] = (x[i * cols + j] - mean) / sd;
        }
        return new DataValue(value.name(), value.shape(), x, false, value.where(), value.elements());
    }

    private static String shortNumber(double v) {
        if (Double.isInfinite(v)) return v > 0 ? "inf" : "-inf";
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
    }
}
