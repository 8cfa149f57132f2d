package org.ppl.cli.plot;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.ppl.infer.Draws;

class PairPlotTest {
    private static Draws draws(boolean withDivergences) {
        Random random = new Random(5);
        double[][] rows = new double[300][];
        for (int i = 0; i < rows.length; i++) {
            boolean divergent = withDivergences && i % 30 == 0;
            rows[i] = new double[] {divergent ? 1 : 0, random.nextGaussian(), random.nextGaussian()};
        }
        return new Draws(List.of("divergent__", "a", "b"), new double[][][] {rows});
    }

    @Test
    void divergentDrawsAreMarkedInRed() {
        int red = Charts.DIVERGENT.getRGB();
        assertTrue(PlotCommandTest.hasColour(PairPlot.of(draws(true), List.of("a", "b")).image(), red));
        assertFalse(PlotCommandTest.hasColour(PairPlot.of(draws(false), List.of("a", "b")).image(), red));
    }

    @Test
    void ranksArePooledAndTiesShareTheirAverageRank() {
        double[][] counts = RankPlot.counts(new double[][] {{1, 3, 5, 7}, {2, 4, 6, 8}}, 2);
        assertArrayEquals(new double[] {2, 2}, counts[0]);
        assertArrayEquals(new double[] {2, 2}, counts[1]);
        double[][] separated = RankPlot.counts(new double[][] {{1, 2, 3, 4}, {5, 6, 7, 8}}, 2);
        assertArrayEquals(new double[] {4, 0}, separated[0]);
        assertArrayEquals(new double[] {0, 4}, separated[1]);
        double[][] constant = RankPlot.counts(new double[][] {{1, 1}, {1, 1}}, 4);
        assertArrayEquals(new double[] {0, 2, 0, 0}, constant[0]);
    }
}
