package org.ppl.cli.plot;

import java.util.ArrayList;
import java.util.List;
import org.knowm.xchart.XYChart;
import org.ppl.infer.Draws;

/** Trace plots: each chosen value against the iteration, one line per chain. */
final class TracePlot {
    private TracePlot() {}

    static Figure of(Draws draws, List<String> names) {
        List<XYChart> panels = new ArrayList<>();
        for (String name : names) {
            XYChart c = Charts.chart(name, "iteration", name);
            double[][] chains = draws.column(name);
            for (int k = 0; k < chains.length; k++) {
                double[] x = new double[chains[k].length];
                for (int i = 0; i < x.length; i++) x[i] = i + 1;
                Charts.line(c, "chain " + (k + 1), x, chains[k], Charts.color(k));
            }
            if (chains[0].length > 0) Charts.ordinaryTicks(c, chains[0][0]);
            c.getStyler().setLegendVisible(panels.isEmpty() && chains.length > 1);
            panels.add(c);
        }
        return new Figure("trace", panels, Math.min(3, panels.size()));
    }
}
