package org.ppl.cli.predict;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ppl.cli.CliEnvironment;
import org.ppl.cli.CliTesting;
import org.ppl.io.stancsv.StanCsvFile;
import org.ppl.io.stancsv.StanCsvReader;

/**
 * {@code ppl predict}: the files it writes (columns, header, integers, reproducibility) and its
 * errors, each one line with exit code 1. The distributions of the draws are tested in the
 * compiler's predictive tests.
 */
class PredictCommandTest {
    private static CliTesting.Run predict(String... args) {
        String[] all = new String[args.length + 1];
        all[0] = "predict";
        System.arraycopy(args, 0, all, 1, args.length);
        return CliTesting.run(CliEnvironment.standard(), all);
    }

    @Test
    void priorPredictiveOfEightSchoolsIsWrittenAndReproducible(@TempDir Path dir) throws IOException {
        CliTesting.Run run = predict("eight_schools", "--prior", "--draws", "200", "--seed", "3", "--output", dir.resolve("a").toString());
        assertEquals(0, run.code(), run.err());
        assertTrue(run.out().contains("Prior predictive: 200 draws of mu, tau, theta_raw (8), theta (8), y_rep (8)"), run.out());
        StanCsvFile file = StanCsvReader.read(dir.resolve("a").resolve("prior_predictive.csv"));
        assertEquals("prior_predictive", file.setting("method"));
        assertEquals("draw__", file.columns().get(0));
        assertEquals("y_rep.8", file.columns().get(file.columns().size() - 1));
        assertEquals(200, file.draws().length);
        for (double[] row : file.draws()) assertTrue(row[2] > 0, "tau from HalfCauchy is positive");
        assertEquals(0, predict("eight_schools", "--prior", "--draws", "200", "--seed", "3", "--output", dir.resolve("b").toString()).code());
        assertEquals(Files.readString(dir.resolve("a").resolve("prior_predictive.csv")),
                Files.readString(dir.resolve("b").resolve("prior_predictive.csv")));
        CliTesting.Run again = predict("eight_schools", "--prior", "--output", dir.resolve("a").toString());
        assertEquals(1, again.code());
        assertTrue(again.err().contains("already exists"), again.err());
    }

    @Test
    void posteriorPredictiveIsWrittenBesideTheDraws(@TempDir Path dir) throws IOException {
        Path run = schoolsRun(dir.resolve("run"), 2, 25);
        CliTesting.Run result = predict("eight_schools", "--from", run.toString());
        assertEquals(0, result.code(), result.err());
        StanCsvFile file = StanCsvReader.read(run.resolve("posterior_predictive.csv"));
        List<String> columns = file.columns();
        assertEquals(List.of("chain__", "draw__", "mu", "tau", "theta_raw.1"), columns.subList(0, 5));
        assertTrue(columns.contains("y_rep.8") && columns.contains("theta.8"), columns.toString());
        assertEquals(50, file.draws().length);
        StanCsvFile chain2 = StanCsvReader.read(run.resolve("chain-2.csv"));
        double[] row = file.draws()[25 + 4];
        assertEquals(2, row[0]);
        assertEquals(5, row[1]);
        double[] source = chain2.draws()[4];
        assertEquals(source[chain2.columns().indexOf("mu")], row[columns.indexOf("mu")]);
        double theta3 = row[columns.indexOf("mu")] + row[columns.indexOf("tau")] * row[columns.indexOf("theta_raw.3")];
        assertEquals(theta3, row[columns.indexOf("theta.3")], 1e-12);
        CliTesting.Run some = predict("eight_schools", "--from", run.toString(), "--draws", "10", "--output", dir.resolve("ten").toString());
        assertEquals(0, some.code(), some.err());
        assertEquals(10, StanCsvReader.read(dir.resolve("ten").resolve("posterior_predictive.csv")).draws().length);
    }

    @Test
    void discreteReplicatesAreWrittenAsIntegers(@TempDir Path dir) throws IOException {
        Path model = dir.resolve("coin.ppl");
        Files.writeString(model, "data y: int[N] (lower=0, upper=1)\np ~ Beta(2, 2)\ny ~ Bernoulli(p=p)\n");
        Path data = dir.resolve("coin.json");
        Files.writeString(data, "{\"y\": [0, 1, 1, 0]}");
        CliTesting.Run run = predict(model.toString(), "--prior", "--data", data.toString(), "--draws", "50", "--output",
                dir.resolve("out").toString());
        assertEquals(0, run.code(), run.err());
        assertTrue(run.out().contains("Integer values: y_rep."), run.out());
        List<String> lines = Files.readAllLines(dir.resolve("out").resolve("prior_predictive.csv"));
        assertTrue(lines.contains("# integer_values = y_rep"), lines.toString());
        String header = lines.stream().filter(l -> l.startsWith("draw__")).findFirst().orElseThrow();
        assertEquals("draw__,p,y_rep.1,y_rep.2,y_rep.3,y_rep.4", header);
        for (String line : lines.subList(lines.indexOf(header) + 1, lines.size())) {
            String[] v = line.split(",");
            for (int j = 2; j < 6; j++) assertTrue(v[j].equals("0") || v[j].equals("1"), line);
        }
    }

    @Test
    void aMissingFolderIsOneLine() {
        assertOneLineError(predict("eight_schools", "--from", "no/such/run"), "ppl: no/such/run: no such file or folder");
    }

    @Test
    void drawsOfAnotherModelAreRefused(@TempDir Path dir) throws IOException {
        Path run = schoolsRun(dir.resolve("run"), 1, 5);
        assertOneLineError(predict("ppca", "--from", run.toString()), "are not of the model ppca: they have no column W.1.1");
        Path model = dir.resolve("es.ppl");
        Files.writeString(model, org.ppl.cli.BundledModels.find("eight_schools").orElseThrow().text());
        Path data = dir.resolve("four.json");
        Files.writeString(data, "{\"J\": 4, \"y\": [1, 2, 3, 4], \"sigma\": [1, 1, 1, 1]}");
        assertOneLineError(predict(model.toString(), "--from", run.toString(), "--data", data.toString()),
                "their column theta_raw.5 is not an element of theta_raw");
    }

    @Test
    void newInputsThatAreMissingAreOneLine(@TempDir Path dir) throws IOException {
        Path model = dir.resolve("gp.ppl");
        Files.writeString(model, "data X: matrix[N, 1]\ndata y: vector[N]\ndata Xnew: matrix[S, 1]\nls ~ Gamma(2, 1)\n"
                + "f = gp.Marginal(cov_func=gp.ExpQuad(1, ls=ls))\ny ~ f.marginal_likelihood(X=X, noise=0.1)\n"
                + "fs ~ f.conditional(Xnew)\n");
        Path data = dir.resolve("d.json");
        Files.writeString(data, "{\"X\": [[0], [1]], \"y\": [0.5, 0.2]}");
        Path run = dir.resolve("run");
        Files.createDirectories(run);
        Files.writeString(run.resolve("chain-1.csv"), "# method = sample\nlp__,ls\n-1,0.5\n-1,0.7\n");
        assertOneLineError(predict(model.toString(), "--from", run.toString(), "--data", data.toString()),
                "ppl: the model declares data that were not given: 'Xnew'");
        Path grid = dir.resolve("grid.csv");
        Files.writeString(grid, "x\n0.5\n2\n");
        CliTesting.Run ok = predict(model.toString(), "--from", run.toString(), "--data", data.toString(), "--data", "Xnew=" + grid);
        assertEquals(0, ok.code(), ok.err());
        assertTrue(ok.out().contains("2 draws of ls, fs (2), y_rep (2)"), ok.out());
    }

    @Test
    void priorAndFromTogetherIsAUsageError() {
        CliTesting.Run run = predict("eight_schools", "--prior", "--from", "x");
        assertEquals(1, run.code());
        assertTrue(run.err().startsWith("ppl predict:"), run.err());
    }

    private static void assertOneLineError(CliTesting.Run run, String expected) {
        assertEquals(1, run.code(), run.out());
        assertTrue(run.err().contains(expected), run.err());
        assertEquals(1, run.err().strip().lines().count(), run.err());
        assertFalse(run.err().contains("Exception"), run.err());
    }

    /** A run of eight schools in Stan CSV (random parameter values), as 'ppl sample' writes its chains. */
    private static Path schoolsRun(Path dir, int chains, int draws) throws IOException {
        Files.createDirectories(dir);
        Random random = new Random(9);
        for (int c = 1; c <= chains; c++) {
            List<String> lines = new ArrayList<>(List.of("# model = eight_schools", "# method = sample"));
            StringBuilder header = new StringBuilder("lp__,accept_stat__,mu,tau");
            for (int j = 1; j <= 8; j++) header.append(",theta_raw.").append(j);
            for (int j = 1; j <= 8; j++) header.append(",theta.").append(j);
            lines.add(header.toString());
            for (int d = 0; d < draws; d++) {
                double mu = 4 + 3 * random.nextGaussian();
                double tau = Math.abs(3 * random.nextGaussian());
                double[] raw = new double[8];
                StringBuilder line = new StringBuilder("-40,0.9," + mu + "," + tau);
                for (int j = 0; j < 8; j++) line.append(',').append(raw[j] = random.nextGaussian());
                for (int j = 0; j < 8; j++) line.append(',').append(mu + tau * raw[j]);
                lines.add(line.toString());
            }
            Files.write(dir.resolve("chain-" + c + ".csv"), lines);
        }
        return dir;
    }
}
