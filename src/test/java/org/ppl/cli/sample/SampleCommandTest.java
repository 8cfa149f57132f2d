package org.ppl.cli.sample;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ppl.cli.CliEnvironment;
import org.ppl.cli.CliTesting;
import org.ppl.cli.CliTesting.Run;
import org.ppl.cli.ExitCode;
import org.ppl.cli.OutputFolder;
import org.ppl.io.stancsv.StanCsvFile;
import org.ppl.io.stancsv.StanCsvReader;

class SampleCommandTest {
    @TempDir
    Path tmp;

    private Run sample(CliEnvironment env, String... extra) {
        String[] base = {"sample", "eight_schools", "--chains", "2", "--warmup", "150", "--draws", "100", "--seed", "3"};
        return CliTesting.run(env, Stream.concat(Stream.of(base), Stream.of(extra)).toArray(String[]::new));
    }

    @Test
    void writesStanCsvPerChainAndASummaryOfThem() throws IOException {
        Path dir = tmp.resolve("run");
        Run r = sample(CliTesting.env(), "--output", dir.toString(), "--quiet");
        assertEquals(ExitCode.OK, r.code(), r.err());
        StanCsvFile c1 = StanCsvReader.read(dir.resolve("chain-1.csv"));
        StanCsvFile c2 = StanCsvReader.read(dir.resolve("chain-2.csv"));
        assertEquals(100, c1.draws().length);
        assertEquals(100, c2.draws().length);
        assertEquals(List.of("lp__", "accept_stat__", "stepsize__", "treedepth__", "n_leapfrog__", "divergent__",
                "energy__", "mu", "tau"), c1.columns().subList(0, 9));
        assertTrue(c1.columns().contains("theta.8"));
        assertEquals("eight_schools", c1.setting("model"));
        assertEquals("2", c2.setting("id"));
        assertEquals("100", c1.setting("num_samples"));
        assertFalse(c1.interrupted());
        assertTrue(c1.stepSize() > 0);

        // The summary's mean of mu is the plain mean of the draws in the two files.
        double sum = 0;
        for (double v : c1.column("mu")) sum += v;
        for (double v : c2.column("mu")) sum += v;
        String row = Files.readAllLines(dir.resolve("summary.csv")).stream().filter(l -> l.startsWith("mu,"))
                .findFirst().orElseThrow();
        assertEquals(sum / 200, Double.parseDouble(row.split(",")[1]), 1e-12);
        assertEquals("name,mean,sd,q5,q50,q95,mcse_mean,ess_bulk,ess_tail,r_hat",
                Files.readAllLines(dir.resolve("summary.csv")).get(0));

        assertTrue(r.out().startsWith("name "), r.out());
        assertTrue(r.out().contains("\ntheta.8 "), r.out());
        assertFalse(r.err().contains("Gradient evaluation"), "quiet: " + r.err());
        assertFalse(r.err().contains("chain 1:"), "quiet: " + r.err());
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of("chain-1.csv", "chain-2.csv", "summary.csv"),
                    files.map(p -> p.getFileName().toString()).sorted().toList());
        }
    }

    @Test
    void aGplvmSummarySaysXIsNotIdentifiedAndJudgesConvergenceByDistances() throws IOException {
        Path dir = tmp.resolve("lvm");
        Run r = CliTesting.run(CliTesting.env(), "sample", "gplvm", "--chains", "2", "--warmup", "40", "--draws", "20",
                "--output", dir.toString(), "--quiet");
        assertEquals(ExitCode.OK, r.code(), r.err());
        assertTrue(r.out().contains("The latent X is identified only up to rotation and sign"), r.out());
        assertTrue(r.out().contains("Pairwise latent distances between 10 spread points:"), r.out());
        // 10 anchors among 15 rows: rows 1, 2, 4, 5, 7, 8, 10, 11, 13, 14 (1-based), 45 pairs.
        List<String> lines = Files.readAllLines(dir.resolve("distances.csv"));
        assertEquals(46, lines.size());
        assertTrue(lines.get(1).startsWith("dist.1.2,"), lines.get(1));
        // Its mean is the plain mean, over both chains' draws, of |x_1 - x_2| from the X columns.
        double sum = 0;
        for (int c = 1; c <= 2; c++) {
            StanCsvFile f = StanCsvReader.read(dir.resolve("chain-" + c + ".csv"));
            for (int k = 0; k < 20; k++) {
                sum += Math.hypot(f.column("X.1.1")[k] - f.column("X.2.1")[k], f.column("X.1.2")[k] - f.column("X.2.2")[k]);
            }
        }
        assertEquals(sum / 40, Double.parseDouble(lines.get(1).split(",")[1]), 1e-9);
        Run plain = sample(CliTesting.env(), "--output", tmp.resolve("es").toString(), "--quiet");
        assertFalse(plain.out().contains("identified only up to rotation"), plain.out());
    }

    @Test
    void theSameSeedGivesTheSameDraws() throws IOException {
        sample(CliTesting.env(), "--output", tmp.resolve("a").toString(), "--quiet");
        sample(CliTesting.env(), "--output", tmp.resolve("b").toString(), "--quiet");
        assertArrayEquals(StanCsvReader.read(tmp.resolve("a/chain-2.csv")).draws(),
                StanCsvReader.read(tmp.resolve("b/chain-2.csv")).draws());
    }

    @Test
    void printsTheGradientTimeAndPlainProgressLinesWhenNotATerminal() {
        Run r = sample(CliTesting.env(), "--output", tmp.resolve("run").toString());
        assertEquals(ExitCode.OK, r.code(), r.err());
        assertTrue(r.err().matches("(?s)Gradient evaluation took [0-9.eE-]+ seconds; 1000 transitions using 10 leapfrog "
                + "steps per transition would take [0-9.eE-]+ seconds\\.\n.*"), r.err());
        assertTrue(r.err().contains("chain 1: 25/250 (10%) warmup, "), r.err());
        assertTrue(r.err().contains("chain 2: 250/250 (100%) done, "), r.err());
        assertTrue(r.err().contains(" divergent"), r.err());
        assertFalse(r.err().contains("\033["), "no terminal codes in a log: " + r.err());
        assertTrue(r.err().contains("Wrote chain-1.csv ... chain-2.csv and summary.csv to "), r.err());
    }

    @Test
    void redrawsBarsInPlaceOnATerminal() {
        CliEnvironment terminal = new CliEnvironment(CliTesting.MODELS, () -> true,
                org.ppl.cli.Interrupts.NONE, OutputFolder.Storage.FILES);
        Run r = sample(terminal, "--output", tmp.resolve("run").toString());
        assertEquals(ExitCode.OK, r.code(), r.err());
        assertTrue(r.err().contains("chain 1 [####################] 100%  done"), r.err());
        assertTrue(r.err().contains("\033[2F"), "cursor moves up over the two bars: " + r.err());
    }

    @Test
    void initialValuesFromAFile() throws IOException {
        Path init = Files.writeString(tmp.resolve("init.json"),
                "{\"mu\": 1, \"tau\": 2, \"theta_raw\": [0, 0, 0, 0, 0, 0, 0, 0], \"theta\": [1, 1, 1, 1, 1, 1, 1, 1]}");
        Run ok = sample(CliTesting.env(), "--init", init.toString(), "--output", tmp.resolve("a").toString(), "--quiet");
        assertEquals(ExitCode.OK, ok.code(), ok.err());
        assertEquals("user", StanCsvReader.read(tmp.resolve("a/chain-1.csv")).setting("init"));

        Path bad = Files.writeString(tmp.resolve("bad.json"), "{\"mu\": 1,\n \"tua\": 2}");
        Run r = sample(CliTesting.env(), "--init", bad.toString(), "--output", tmp.resolve("b").toString());
        assertEquals(ExitCode.USER_ERROR, r.code());
        assertEquals(bad + ":2:9: tua: not a parameter of the model; its parameters are mu, tau, theta_raw\n", r.err());

        Path partial = Files.writeString(tmp.resolve("partial.json"), "{\"mu\": 1}");
        r = sample(CliTesting.env(), "--init", partial.toString(), "--output", tmp.resolve("c").toString());
        assertEquals(ExitCode.USER_ERROR, r.code());
        assertTrue(r.err().startsWith("ppl: --init " + partial + ": no value for tau, theta_raw;"), r.err());

        Path outside = Files.writeString(tmp.resolve("outside.json"),
                "{\"mu\": 1, \"tau\": -2, \"theta_raw\": [0, 0, 0, 0, 0, 0, 0, 0]}");
        r = sample(CliTesting.env(), "--init", outside.toString(), "--output", tmp.resolve("d").toString());
        assertEquals(ExitCode.USER_ERROR, r.code());
        assertTrue(r.err().startsWith("ppl: Initialisation failed: the given initial values are not valid: tau"), r.err());
        assertEquals(1, r.err().lines().count(), r.err());
    }

    @Test
    void aModelWithNoFiniteDensityIsAUserError() {
        Run r = CliTesting.run(CliTesting.env(), "sample", "broken", "--output", tmp.resolve("run").toString());
        assertEquals(ExitCode.USER_ERROR, r.code());
        assertTrue(r.err().contains("ppl: Initialisation failed: the log density or its gradient was not finite"),
                r.err());
        assertFalse(r.err().contains("\tat "), "no stack trace: " + r.err());
    }

    @Test
    void badValuesAreOneLineUsageErrors() {
        String[][] cases = {
            {"--chains", "0", "ppl sample: --chains must be at least 1, not 0; run 'ppl sample --help'"},
            {"--target-accept", "1.5", "ppl sample: --target-accept must be between 0 and 1 (exclusive), not 1.5;"},
            {"--metric", "foo", "ppl sample: --metric: unknown metric 'foo': expected diag or dense;"},
            {"--draws", "lots", "ppl sample: Invalid value for option '--draws': 'lots' is not an int;"},
            {"--chians", "2", "ppl sample: Unknown options: '--chians', '2'; did you mean --chains?"},
        };
        for (String[] c : cases) {
            Run r = CliTesting.run(CliTesting.env(), "sample", "eight_schools", c[0], c[1], "--output",
                    tmp.resolve("never").toString());
            assertEquals(ExitCode.USER_ERROR, r.code(), c[0]);
            assertTrue(r.err().startsWith(c[2]), c[0] + ": " + r.err());
            assertEquals(1, r.err().lines().count(), r.err());
            assertFalse(Files.exists(tmp.resolve("never")), c[0]);
        }
    }

    @Test
    void anExistingOutputFolderIsRefusedAndLeftAlone() throws IOException {
        Path dir = Files.createDirectory(tmp.resolve("run"));
        Files.writeString(dir.resolve("notes.txt"), "mine");
        Run r = sample(CliTesting.env(), "--output", dir.toString());
        assertEquals(ExitCode.USER_ERROR, r.code());
        assertEquals("ppl: the output folder " + dir + " already exists; choose another with --output, or add --force "
                + "to write into it\n", r.err());
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(1, files.count());
        }
        assertEquals(ExitCode.OK, sample(CliTesting.env(), "--output", dir.toString(), "--force", "--quiet").code());
    }

    @Test
    void aFullDiskIsAUserErrorAndTheFilesWrittenBeforeStayWhole() throws IOException {
        Path dir = tmp.resolve("run");
        // The disk fills up in the middle of the second file.
        OutputFolder.Storage filling = new OutputFolder.Storage() {
            int opened;

            @Override
            public OutputStream open(Path path) throws IOException {
                OutputStream real = Files.newOutputStream(path);
                if (++opened < 2) return real;
                return new OutputStream() {
                    long written;

                    @Override
                    public void write(int b) throws IOException {
                        if (++written > 2000) throw new IOException("No space left on device");
                        real.write(b);
                    }

                    @Override
                    public void close() throws IOException {
                        real.close();
                    }
                };
            }
        };
        Run r = sample(CliTesting.env().withStorage(filling), "--output", dir.toString(), "--quiet");
        assertEquals(ExitCode.USER_ERROR, r.code());
        assertEquals("ppl: cannot write " + dir.resolve("chain-2.csv") + ": the disk is full\n", r.err());
        assertEquals(100, StanCsvReader.read(dir.resolve("chain-1.csv")).draws().length);
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of("chain-1.csv"), files.map(p -> p.getFileName().toString()).toList());
        }
    }

    @Test
    void ctrlCIsWatchedForTheWholeRunAndStopsTheChains() throws IOException {
        List<String> events = new java.util.ArrayList<>();
        // Ctrl-C as soon as the run starts watching: the chains stop before their first draw.
        org.ppl.cli.Interrupts immediately = flag -> {
            events.add("watch");
            flag.cancel();
            return () -> events.add("closed");
        };
        CliEnvironment env = new CliEnvironment(CliTesting.MODELS, () -> false, immediately, OutputFolder.Storage.FILES);
        Path dir = tmp.resolve("run");
        Run r = sample(env, "--output", dir.toString(), "--quiet");
        assertEquals(ExitCode.OK, r.code(), r.err());
        assertEquals(List.of("watch", "closed"), events);
        assertTrue(StanCsvReader.read(dir.resolve("chain-1.csv")).interrupted());
        assertTrue(r.err().contains("Interrupted: the chains stopped after 0, 0 of 100 draws"), r.err());
    }
}
