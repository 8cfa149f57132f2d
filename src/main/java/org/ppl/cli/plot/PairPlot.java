package org.ppl.cli.plot;

import java.util.ArrayList;
import java.util.List;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.style.markers.SeriesMarkers;
import org.ppl.cli.UserError;
import org.ppl.infer.Draws;

/**
 * Pair plots: every pair of the chosen values as a scatter of the draws of all chains, with the
 * divergent transitions in red on top, since where divergences gather (the neck of a funnel) shows
 * what to reparameterise.
 */
final class PairPlot {
    private PairPlot() {}

    static Figure of(Draws draws, List<String> names) {
        if (names.size() < 2) {
            throw new UserError("ppl: a pair plot needs at least two values; name them with --params a,b");
        }
        double[][] pooled = new double[names.size()][];
        for (int k = 0; k < names.size(); k++) pooled[k] = pool(draws.column(names.get(k)));
        boolean[] divergent = divergent(draws, pooled[0].length);
        List<XYChart> panels = new ArrayList<>();
        for (int a = 0; a < names.size(); a++) {
            for (int b = a + 1; b < names.size(); b++) {
                panels.add(panel(names.get(a), names.get(b), pooled[a], pooled[b], divergent));
            }
        }
        return new Figure("pair", panels, Math.min(3, panels.size()));
    }

    private static XYChart panel(String xName, String yName, double[] x, double[] y, boolean[] divergent) {
        XYChart c = Charts.chart(yName + " against " + xName, xName, yName);
        c.getStyler().setMarkerSize(3);
        int n = 0;
        for (boolean d : divergent) if (d) n++;
        double[][] ok = select(x, y, divergent, false, x.length - n);
        Charts.points(c, "draws", ok[0], ok[1], Charts.translucent(Charts.color(0), 90));
        if (n > 0) {
            double[][] bad = select(x, y, divergent, true, n);
            Charts.points(c, "divergent (" + n + ")", bad[0], bad[1], Charts.DIVERGENT)
                    .setMarker(new ScaledMarker(SeriesMarkers.CIRCLE, 2.0));
        }
        c.getStyler().setLegendVisible(n > 0);
        return c;
    }

    private static double[][] select(double[] x, double[] y, boolean[] divergent, boolean want, int count) {
        double[][] out = new double[2][count];
        int k = 0;
        for (int i = 0; i < x.length; i++) {
            if (divergent[i] == want) {
                out[0][k] = x[i];
                out[1][k++] = y[i];
            }
        }
        return out;
    }

    private static boolean[] divergent(Draws draws, int total) {
        boolean[] out = new boolean[total];
        if (!draws.has("divergent__")) return out;
        double[] d = pool(draws.column("divergent__"));
        for (int i = 0; i < total; i++) out[i] = d[i] != 0;
        return out;
    }

    static double[] pool(double[][] chains) {
        int n = 0;
        for (double[] c : chains) n += c.length;
        double[] out = new double[n];
        int k = 0;
        for (double[] c : chains) {
            System.arraycopy(c, 0, out, k, c.length);
            k += c.length;
        }
        return out;
    }
}
