package org.ppl.cli.summary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ppl.cli.CliTesting;
import org.ppl.cli.CliTesting.Run;
import org.ppl.cli.ExitCode;

class SummaryCommandTest {
    @TempDir
    Path tmp;

    @Test
    void summarisesTheChainsOfASampleRunAsTheRunDid() throws IOException {
        Path dir = tmp.resolve("run");
        Run sample = CliTesting.run(CliTesting.env(), "sample", "eight_schools", "--chains", "2", "--warmup", "100",
                "--draws", "100", "--output", dir.toString(), "--quiet");
        assertEquals(ExitCode.OK, sample.code(), sample.err());
        String written = Files.readString(dir.resolve("summary.csv"));
        Files.delete(dir.resolve("summary.csv"));
        Run r = CliTesting.run(CliTesting.env(), "summary", dir.toString());
        assertEquals(ExitCode.OK, r.code(), r.err());
        // Stan CSV keeps every digit, so the summary read back is the summary of the run.
        assertEquals(written, Files.readString(dir.resolve("summary.csv")));
        assertEquals(sample.out(), r.out());
    }

    @Test
    void readsCmdStanOutputFiles() throws IOException {
        Path dir = Files.createDirectory(tmp.resolve("cmdstan"));
        for (int chain = 1; chain <= 2; chain++) {
            StringBuilder sb = new StringBuilder("# model = m_model\n# method = sample (Default)\n#   sample\n"
                    + "#     algorithm = hmc (Default)\n#       hmc\n#         engine = nuts (Default)\n"
                    + "#           nuts\n#             max_depth = 3\n"
                    + "lp__,accept_stat__,stepsize__,treedepth__,n_leapfrog__,divergent__,energy__,a\n");
            for (int i = 1; i <= 100; i++) {
                int depth = i % 2 == 0 ? 3 : 2;
                sb.append(-i).append(",0.9,0.5,").append(depth).append(",7,0,").append(i).append(',')
                        .append(i + 100 * (chain - 1)).append('\n');
            }
            Files.writeString(dir.resolve("output_" + chain + ".csv"), sb.toString());
        }
        Run r = CliTesting.run(CliTesting.env(), "summary", dir.toString());
        assertEquals(ExitCode.OK, r.code(), r.err());
        String a = Files.readAllLines(dir.resolve("summary.csv")).stream().filter(l -> l.startsWith("a,")).findFirst()
                .orElseThrow();
        assertEquals(100.5, Double.parseDouble(a.split(",")[1]), 1e-12); // the mean of 1..200
        assertTrue(r.out().contains("Warning: 100 of 200 transitions (50.0%) hit the maximum tree depth of 3"), r.out());
        assertTrue(r.out().contains("Warning: R-hat is above 1.01"), r.out());
    }

    @Test
    void summarisesAFitWithoutConvergenceColumns() {
        Path dir = tmp.resolve("fit");
        assertEquals(ExitCode.OK, CliTesting.run(CliTesting.env(), "fit", "conjugate", "--method", "map", "--output",
                dir.toString(), "--quiet").code());
        Run r = CliTesting.run(CliTesting.env(), "summary", dir.toString());
        assertEquals(ExitCode.OK, r.code(), r.err());
        assertTrue(r.out().startsWith("name      value\nlp__ "), r.out());
        assertTrue(r.out().contains("\nx           4.6\n"), r.out());
    }

    @Test
    void badFoldersAreOneLineErrors() throws IOException {
        Path missing = tmp.resolve("missing");
        Run r = CliTesting.run(CliTesting.env(), "summary", missing.toString());
        assertEquals(ExitCode.USER_ERROR, r.code());
        assertEquals("ppl: " + missing + ": no such file or folder\n", r.err());

        Path empty = Files.createDirectory(tmp.resolve("empty"));
        r = CliTesting.run(CliTesting.env(), "summary", empty.toString());
        assertEquals(ExitCode.USER_ERROR, r.code());
        assertTrue(r.err().startsWith("ppl: " + empty + " holds no draws: no chain-K.csv"), r.err());

        Path broken = Files.createDirectory(tmp.resolve("broken"));
        Files.write(broken.resolve("chain-1.csv"), List.of("# method = sample", "lp__,a", "1,2", "3"));
        r = CliTesting.run(CliTesting.env(), "summary", broken.toString());
        assertEquals(ExitCode.USER_ERROR, r.code());
        assertEquals("ppl: " + broken.resolve("chain-1.csv") + ": not a Stan CSV file: line 4: 1 values for 2 columns\n",
                r.err());
    }
}
