package org.ppl.io.stancsv;

import java.util.List;
import java.util.Map;
import org.ppl.infer.Draws;

/**
 * What a Stan CSV file holds: the header settings ({@code config}, by leaf name such as
 * {@code num_samples} and by dotted path such as {@code output.file}), the column names, the
 * draws (and any warmup draws written before the adaptation block), the adapted step size and
 * inverse metric (null without adaptation; a dense metric is n x n row-major), the elapsed times
 * (NaN when absent) and whether the file says it was interrupted.
 */
public record StanCsvFile(Map<String, String> config, List<String> columns, double[][] warmupDraws, double[][] draws,
        Double stepSize, double[] inverseMetric, boolean denseMetric, double warmupSeconds, double samplingSeconds,
        boolean interrupted) {

    /** A header setting by leaf name or dotted path, or null. */
    public String setting(String key) {
        return config.get(key);
    }

    /** The draws of several chains' files (with the same columns), for diagnostics. */
    public static Draws draws(List<StanCsvFile> files) {
        if (files.isEmpty()) throw new IllegalArgumentException("no Stan CSV files");
        double[][][] chains = new double[files.size()][][];
        for (int c = 0; c < files.size(); c++) {
            if (!files.get(c).columns().equals(files.get(0).columns())) {
                throw new IllegalArgumentException("chain files " + 1 + " and " + (c + 1) + " have different columns");
            }
            chains[c] = files.get(c).draws();
        }
        return new Draws(files.get(0).columns(), chains);
    }

    /** The column named {@code name} over the draws. */
    public double[] column(String name) {
        int j = columns.indexOf(name);
        if (j < 0) throw new IllegalArgumentException("no column named " + name);
        double[] out = new double[draws.length];
        for (int i = 0; i < draws.length; i++) out[i] = draws[i][j];
        return out;
    }
}
