package org.ppl.cli.plot;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.knowm.xchart.XYChart;
import org.ppl.cli.UserError;

/**
 * ADVI's ELBO trace from {@code elbo.csv}. The first estimates are often orders of magnitude below
 * the rest; the y axis starts at the lowest estimate after the first tenth of the trace, so the
 * approach to convergence stays visible.
 */
final class ElboPlot {
    private ElboPlot() {}

    static Figure of(Path folder) {
        Path file = folder.resolve("elbo.csv");
        if (!Files.exists(file)) {
            throw new UserError("ppl: " + folder + " has no elbo.csv; the ELBO trace is written by ppl fit --method "
                    + "advi or fullrank");
        }
        List<double[]> rows = read(file);
        if (rows.isEmpty()) throw new UserError("ppl: " + file + " holds no ELBO estimates");
        double[] x = new double[rows.size()];
        double[] y = new double[rows.size()];
        for (int i = 0; i < x.length; i++) {
            x[i] = rows.get(i)[0];
            y[i] = rows.get(i)[1];
        }
        XYChart c = Charts.chart("ELBO", "iteration", "ELBO");
        Charts.line(c, "ELBO", x, y, Charts.color(0)).setMarker(org.knowm.xchart.style.markers.SeriesMarkers.CIRCLE);
        Charts.ordinaryTicks(c, y[0]);
        c.getStyler().setLegendVisible(false);
        int skip = x.length >= 5 ? Math.max(1, x.length / 10) : 0;
        double low = Double.POSITIVE_INFINITY;
        double high = Double.NEGATIVE_INFINITY;
        for (int i = skip; i < y.length; i++) {
            if (Double.isFinite(y[i])) {
                low = Math.min(low, y[i]);
                high = Math.max(high, y[i]);
            }
        }
        if (low < high) {
            double margin = 0.05 * (high - low);
            c.getStyler().setYAxisMin(low - margin);
            c.getStyler().setYAxisMax(high + margin);
        }
        return Figure.single("elbo", c);
    }

    private static List<double[]> read(Path file) {
        List<double[]> rows = new ArrayList<>();
        try {
            List<String> lines = Files.readAllLines(file);
            for (int i = 1; i < lines.size(); i++) {
                String line = lines.get(i).strip();
                if (line.isEmpty()) continue;
                String[] cells = line.split(",");
                rows.add(new double[] {Double.parseDouble(cells[0]), org.ppl.io.stancsv.StanCsvNumbers.parse(cells[1])});
            }
        } catch (IOException e) {
            throw new UserError("ppl: cannot read " + file + ": " + e.getMessage());
        } catch (RuntimeException e) {
            throw new UserError("ppl: " + file + " is not an ELBO trace written by ppl fit: " + e.getMessage());
        }
        return rows;
    }
}
