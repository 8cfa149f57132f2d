package org.ppl.io.stancsv;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ppl.infer.ChainResult;
import org.ppl.infer.MetricKind;
import org.ppl.infer.RandomStream;
import org.ppl.infer.Tuning;
import org.ppl.infer.nuts.NutsSettings;

class StanCsvTest {
    private static final List<String> COLUMNS = List.of("lp__", "accept_stat__", "stepsize__", "treedepth__",
            "n_leapfrog__", "divergent__", "energy__", "mu", "X.1.2");

    private static ChainResult result(int draws, int requested, boolean interrupted, Tuning tuning) {
        RandomStream rng = RandomStream.of(draws);
        double[][] rows = new double[draws][];
        for (int i = 0; i < draws; i++) {
            rows[i] = new double[] {-rng.nextDouble() * 10, rng.nextDouble(), 0.123456789012345, 3, 7, i % 2,
                rng.nextGaussian() * 1e-7, rng.nextGaussian() * 1e12, Math.exp(rng.nextGaussian())};
        }
        rows[0][7] = Double.NaN;
        rows[0][8] = Double.NEGATIVE_INFINITY;
        return new ChainResult(3, COLUMNS, rows, tuning, 1.25, 2.5, requested, interrupted);
    }

    private static StanCsvHeader header(NutsSettings s) {
        return new StanCsvHeader("eight_schools", s, 3, 1234, "schools.json", "chain-3.csv");
    }

    @Test
    void roundTripIsExact(@TempDir Path dir) throws Exception {
        Tuning tuning = new Tuning(0.71234567891, MetricKind.DIAG, new double[] {0.5, 1.0 / 3});
        ChainResult r = result(50, 50, false, tuning);
        Path file = dir.resolve("chain-3.csv");
        StanCsvWriter.write(file, header(NutsSettings.defaults().withDraws(50)), r);
        StanCsvFile read = StanCsvReader.read(file);

        assertEquals(COLUMNS, read.columns());
        assertEquals(50, read.draws().length);
        for (int i = 0; i < 50; i++) assertArrayEquals(r.draws()[i], read.draws()[i], 0, "row " + i);
        assertEquals(0.71234567891, read.stepSize(), 0);
        assertArrayEquals(new double[] {0.5, 1.0 / 3}, read.inverseMetric(), 0);
        assertFalse(read.denseMetric());
        assertEquals(1.25, read.warmupSeconds(), 1e-9);
        assertEquals(2.5, read.samplingSeconds(), 1e-9);
        assertFalse(read.interrupted());
        assertEquals("eight_schools", read.setting("model"));
        assertEquals("50", read.setting("num_samples"));
        assertEquals("1000", read.setting("method.sample.num_warmup"));
        assertEquals("diag_e", read.setting("metric"));
        assertEquals("0.8", read.setting("delta"));
        assertEquals("10", read.setting("max_depth"));
        assertEquals("3", read.setting("id"));
        assertEquals("1234", read.setting("seed"));
        assertEquals("schools.json", read.setting("data.file"));
        assertEquals("chain-3.csv", read.setting("output.file"));
        try (var files = Files.list(dir)) {
            assertEquals(List.of(file), files.toList(), "the temporary file was renamed");
        }
    }

    @Test
    void denseMetricAndInterruptedRun(@TempDir Path dir) throws Exception {
        double[] dense = {2, 0.5, 0.25, 0.5, 1, 0.1, 0.25, 0.1, 3};
        ChainResult r = result(7, 100, true, new Tuning(0.5, MetricKind.DENSE, dense));
        Path file = dir.resolve("chain.csv");
        StanCsvWriter.write(file, header(NutsSettings.defaults().withMetric(MetricKind.DENSE).withDraws(100)), r);
        String text = Files.readString(file);
        assertTrue(text.contains("# Interrupted: 7 of 100 draws were completed."), text);
        assertTrue(text.contains("# Elements of inverse mass matrix:\n# 2, 0.5, 0.25\n"), text);
        assertTrue(text.contains("#  Elapsed Time: 1.250 seconds (Warm-up)\n"), text);
        StanCsvFile read = StanCsvReader.read(file);
        assertTrue(read.interrupted());
        assertTrue(read.denseMetric());
        assertArrayEquals(dense, read.inverseMetric(), 0);
        assertEquals(7, read.draws().length);
        assertEquals("dense_e", read.setting("metric"));
    }

    @Test
    void closingUnfinishedWriterKeepsTheDraws(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("partial.csv");
        try (StanCsvWriter w = StanCsvWriter.open(file, header(NutsSettings.defaults()), COLUMNS)) {
            w.draw(new double[] {1, 2, 3, 4, 5, 6, 7, 8, 9});
            assertFalse(Files.exists(file), "only the temporary file exists while writing");
        }
        StanCsvFile read = StanCsvReader.read(file);
        assertTrue(read.interrupted());
        assertEquals(1, read.draws().length);
        assertNull(read.stepSize());
    }

    /** A file laid out as CmdStan 2.33 writes it, typed by hand. */
    @Test
    void readsCmdStanOutput() throws Exception {
        StanCsvFile f;
        try (Reader r = new InputStreamReader(getClass().getResourceAsStream("cmdstan-style.csv"), StandardCharsets.UTF_8)) {
            f = StanCsvReader.read(r);
        }
        assertEquals("bernoulli_model", f.setting("model"));
        assertEquals("4", f.setting("num_samples"));
        assertEquals("1000", f.setting("num_warmup"));
        assertEquals("0.80000000000000004", f.setting("delta"));
        assertEquals("dense_e", f.setting("metric"));
        assertEquals("2", f.setting("id"));
        assertEquals("4321", f.setting("seed"));
        assertEquals("bernoulli.data.json", f.setting("data.file"));
        assertEquals("output.csv", f.setting("output.file"));
        assertEquals("", f.setting("metric_file"));
        assertEquals(List.of("lp__", "accept_stat__", "stepsize__", "treedepth__", "n_leapfrog__", "divergent__",
                "energy__", "theta.1", "theta.2"), f.columns());
        assertEquals(4, f.draws().length);
        assertEquals(0.932037, f.stepSize(), 0);
        assertArrayEquals(new double[] {0.547184, 0.0121, 0.0121, 0.2}, f.inverseMetric(), 0);
        assertTrue(f.denseMetric());
        assertArrayEquals(new double[] {-7.01218, -6.78723, -8.02194, -6.75311}, f.column("lp__"), 0);
        assertEquals(-2e-05, f.draws()[1][8], 0);
        assertTrue(Double.isNaN(f.draws()[2][8]));
        assertEquals(Double.POSITIVE_INFINITY, f.draws()[3][8]);
        assertEquals(0.006, f.warmupSeconds(), 0);
        assertEquals(0.004, f.samplingSeconds(), 0);
        assertFalse(f.interrupted());
        assertEquals(0, f.warmupDraws().length);
    }

    @Test
    void drawsOfSeveralFiles(@TempDir Path dir) throws Exception {
        Tuning tuning = new Tuning(0.5, MetricKind.DIAG, new double[] {1, 1});
        Path a = dir.resolve("chain-1.csv");
        Path b = dir.resolve("chain-2.csv");
        StanCsvWriter.write(a, header(NutsSettings.defaults()), result(20, 20, false, tuning));
        StanCsvWriter.write(b, header(NutsSettings.defaults()), result(30, 30, false, tuning));
        org.ppl.infer.Draws d = StanCsvFile.draws(List.of(StanCsvReader.read(a), StanCsvReader.read(b)));
        assertEquals(2, d.chainCount());
        assertEquals(20, d.drawCount(0));
        assertEquals(30, d.drawCount(1));
        assertEquals(COLUMNS, d.names());
    }

    @Test
    void numbers() {
        assertEquals("3", StanCsvNumbers.format(3.0));
        assertEquals("-0", StanCsvNumbers.format(-0.0));
        assertEquals("nan", StanCsvNumbers.format(Double.NaN));
        assertEquals("-inf", StanCsvNumbers.format(Double.NEGATIVE_INFINITY));
        for (double x : new double[] {0.1, 1e-300, -123.456e200, Math.PI, 1e15, 4.9e-324}) {
            assertEquals(x, StanCsvNumbers.parse(StanCsvNumbers.format(x)), 0);
        }
        assertTrue(Double.isNaN(StanCsvNumbers.parse("-nan")));
    }
}
