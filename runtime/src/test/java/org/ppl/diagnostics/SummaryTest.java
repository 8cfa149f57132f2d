package org.ppl.diagnostics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.math3.stat.descriptive.DescriptiveStatistics;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ppl.infer.Draws;
import org.ppl.infer.RandomStream;

class SummaryTest {
    private static Draws draws(int chains, int n, long seed) {
        RandomStream rng = RandomStream.of(seed);
        double[][][] x = new double[chains][n][];
        for (int c = 0; c < chains; c++) {
            for (int i = 0; i < n; i++) {
                x[c][i] = new double[] {-rng.nextGaussian(), 0.9, 3 + 2 * rng.nextGaussian(), 7.0};
            }
        }
        return new Draws(List.of("lp__", "accept_stat__", "mu", "fixed"), x);
    }

    @Test
    void rowsForLpAndParametersWithTheirStatistics() {
        Draws d = draws(4, 500, 1);
        Summary s = Summary.of(d);
        assertEquals(List.of("lp__", "mu", "fixed"), s.rows().stream().map(SummaryRow::name).toList());
        double[] mu = new double[2000];
        for (int c = 0; c < 4; c++) for (int i = 0; i < 500; i++) mu[c * 500 + i] = d.row(c, i)[2];
        DescriptiveStatistics stats = new DescriptiveStatistics(mu);
        SummaryRow r = s.row("mu");
        assertEquals(stats.getMean(), r.mean(), 1e-12);
        assertEquals(stats.getStandardDeviation(), r.sd(), 1e-12);
        assertEquals(Quantiles.of(mu, 0.05), r.q5(), 0);
        assertEquals(Quantiles.of(mu, 0.95), r.q95(), 0);
        assertTrue(r.essBulk() > 1000 && r.rhat() < 1.01);
        SummaryRow fixed = s.row("fixed");
        assertEquals(7.0, fixed.mean(), 0);
        assertEquals(0.0, fixed.sd(), 0);
        assertTrue(Double.isNaN(fixed.essBulk()) && Double.isNaN(fixed.rhat()) && Double.isNaN(fixed.essTail()));
    }

    @Test
    void csvHasTheAgreedColumnsAndNaForNaN(@TempDir Path dir) throws Exception {
        Summary s = Summary.of(draws(2, 100, 2));
        Path file = dir.resolve("summary.csv");
        s.writeCsv(file);
        List<String> lines = Files.readAllLines(file);
        assertEquals("name,mean,sd,q5,q50,q95,mcse_mean,ess_bulk,ess_tail,r_hat", lines.get(0));
        assertEquals(4, lines.size());
        assertTrue(lines.get(3).startsWith("fixed,7.0,0.0,7.0,7.0,7.0,"), lines.get(3));
        assertTrue(lines.get(3).endsWith(",NA,NA,NA"), lines.get(3));
        try (var files = Files.list(dir)) {
            assertEquals(1, files.count(), "no temporary file left behind");
        }
        StringWriter w = new StringWriter();
        s.writeCsv(w);
        assertEquals(String.join("\n", lines) + "\n", w.toString());
    }

    @Test
    void tableNamesEveryRow() {
        String table = Summary.of(draws(2, 100, 3)).format();
        assertTrue(table.startsWith("name"));
        assertTrue(table.contains("lp__") && table.contains("mu") && table.contains("fixed"));
        assertTrue(table.contains("NA"));
    }

    @Test
    void warningsWhenChainsDisagree() {
        RandomStream rng = RandomStream.of(4);
        double[][][] x = new double[2][300][];
        for (int c = 0; c < 2; c++) for (int i = 0; i < 300; i++) x[c][i] = new double[] {c * 3 + rng.nextGaussian()};
        Summary s = Summary.of(new Draws(List.of("theta"), x));
        List<String> w = ConvergenceWarnings.of(s, 2);
        assertTrue(w.get(0).startsWith("R-hat is above 1.01 for 1 of 1 values"), w.get(0));
        assertTrue(ConvergenceWarnings.of(Summary.of(draws(4, 500, 5)), 4).isEmpty());
    }

    @Test
    void chainsOfDifferentLengthsAreCutToTheShortest() {
        double[][][] x = {{{1}, {2}, {3}, {4}}, {{5}, {6}}};
        Summary s = Summary.of(new Draws(List.of("a"), x));
        assertEquals((1 + 2 + 5 + 6) / 4.0, s.row("a").mean(), 1e-15);
    }
}
