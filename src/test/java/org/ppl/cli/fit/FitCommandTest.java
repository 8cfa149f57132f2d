package org.ppl.cli.fit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ppl.cli.CliTesting;
import org.ppl.cli.CliTesting.Run;
import org.ppl.cli.ExitCode;
import org.ppl.io.stancsv.StanCsvFile;
import org.ppl.io.stancsv.StanCsvReader;

class FitCommandTest {
    @TempDir
    Path tmp;

    private Run fit(String... args) {
        String[] all = new String[args.length + 1];
        all[0] = "fit";
        System.arraycopy(args, 0, all, 1, args.length);
        return CliTesting.run(CliTesting.env(), all);
    }

    private static double summaryColumn(Path summary, String name, int column) throws IOException {
        String row = Files.readAllLines(summary).stream().filter(l -> l.startsWith(name + ",")).findFirst().orElseThrow();
        return Double.parseDouble(row.split(",")[column]);
    }

    private static double mean(double[] v) {
        double s = 0;
        for (double x : v) s += x;
        return s / v.length;
    }

    @Test
    void adviWritesDrawsInTheLayoutOfNutsWithItsElboTraceAndApproximation() throws IOException {
        Path dir = tmp.resolve("advi");
        Run r = fit("eight_schools", "--method", "advi", "--draws", "400", "--seed", "2", "--output", dir.toString(),
                "--quiet");
        assertEquals(ExitCode.OK, r.code(), r.err());
        StanCsvFile draws = StanCsvReader.read(dir.resolve("draws.csv"));
        assertEquals(400, draws.draws().length);
        assertEquals(List.of("lp__", "log_p__", "log_g__", "mu", "tau"), draws.columns().subList(0, 5));
        assertEquals("variational", draws.setting("method"));
        assertEquals("meanfield", draws.setting("algorithm"));
        assertEquals(mean(draws.column("mu")), summaryColumn(dir.resolve("summary.csv"), "mu", 1), 1e-12);
        assertTrue(Arrays.stream(draws.column("tau")).allMatch(t -> t > 0), "tau is constrained");

        List<String> elbo = Files.readAllLines(dir.resolve("elbo.csv"));
        assertEquals("iteration,elbo,relative_change,mean_relative_change,median_relative_change,seconds", elbo.get(0));
        assertTrue(elbo.size() >= 2);
        assertTrue(elbo.get(1).startsWith("100,"), elbo.get(1));
        List<String> approximation = Files.readAllLines(dir.resolve("approximation.csv"));
        assertEquals("name,mean,sd", approximation.get(0));
        assertEquals(1 + 10, approximation.size());
        assertTrue(approximation.get(2).startsWith("tau"), approximation.get(2));

        assertTrue(r.out().contains("ADVI (meanfield) "), r.out());
        assertTrue(r.out().matches("(?s).*Pareto k = \\d+\\.\\d\\d \\(PSIS, 400 draws; reliable below 0\\.7\\)\\..*"),
                r.out());
        assertFalse(r.out().contains("ess_bulk"), "draws from an approximation have no convergence columns");
    }

    @Test
    void adviProgressShowsTheStepSizeSearchAndTheElbo() {
        Run r = fit("conjugate", "--method", "fullrank", "--output", tmp.resolve("fr").toString());
        assertEquals(ExitCode.OK, r.code(), r.err());
        assertTrue(r.err().startsWith("Step-size search:\n  eta 100 "), r.err());
        assertTrue(r.err().contains("iteration           ELBO  relative change    mean / median"), r.err());
        assertTrue(r.err().contains("\n       100 "), r.err());
        assertTrue(r.err().contains("Wrote draws.csv, summary.csv, elbo.csv, approximation.csv to "), r.err());
    }

    @Test
    void fullRankAdviFindsTheConjugatePosterior() throws IOException {
        Path dir = tmp.resolve("fr");
        Run r = fit("conjugate", "--method", "fullrank", "--draws", "4000", "--seed", "3", "--output", dir.toString(),
                "--quiet");
        assertEquals(ExitCode.OK, r.code(), r.err());
        // ADVI's answer is itself noisy; these tolerances are a tenth of the posterior sd.
        assertEquals(CliTesting.CONJUGATE_MEAN, summaryColumn(dir.resolve("summary.csv"), "x", 1), 0.09);
        assertEquals(CliTesting.CONJUGATE_SD, summaryColumn(dir.resolve("summary.csv"), "x", 2), 0.09);
    }

    /** Stan's ADVI arguments, and iterate averaging: the fitted mean within 2% of the posterior sd. */
    @Test
    void adviSettingsReachTheFitAndItsHeader() throws IOException {
        Path dir = tmp.resolve("accurate");
        Run r = fit("conjugate", "--method", "fullrank", "--grad-samples", "40", "--adapt-iter", "200",
                "--tol-rel-obj", "0.001", "--average-iterates", "--elbo-samples", "200", "--eval-elbo", "50",
                "--seed", "5", "--output", dir.toString(), "--quiet");
        assertEquals(ExitCode.OK, r.code(), r.err());
        StanCsvFile draws = StanCsvReader.read(dir.resolve("draws.csv"));
        assertEquals("40", draws.setting("grad_samples"));
        assertEquals("200", draws.setting("elbo_samples"));
        assertEquals("50", draws.setting("eval_elbo"));
        assertEquals("1", draws.setting("average_iterates"));
        assertEquals("stan", draws.setting("optimizer"));
        assertEquals(CliTesting.CONJUGATE_MEAN, summaryColumn(dir.resolve("approximation.csv"), "x", 1),
                0.02 * CliTesting.CONJUGATE_SD);
        assertEquals(CliTesting.CONJUGATE_SD, summaryColumn(dir.resolve("approximation.csv"), "x", 2),
                0.10 * CliTesting.CONJUGATE_SD);
        Run adam = fit("conjugate", "--method", "advi", "--optimizer", "adam", "--eta", "0.1", "--grad-samples", "10",
                "--average-iterates", "--output",
                tmp.resolve("adam").toString(), "--quiet");
        assertEquals(ExitCode.OK, adam.code(), adam.err());
        assertEquals("adam", StanCsvReader.read(tmp.resolve("adam").resolve("draws.csv")).setting("optimizer"));
        assertEquals(CliTesting.CONJUGATE_MEAN, summaryColumn(tmp.resolve("adam").resolve("approximation.csv"), "x", 1),
                0.1 * CliTesting.CONJUGATE_SD);
    }

    @Test
    void mapFindsTheModeAndLaplaceItsCurvature() throws IOException {
        Path map = tmp.resolve("map");
        Run r = fit("conjugate", "--method", "map", "--output", map.toString(), "--quiet");
        assertEquals(ExitCode.OK, r.code(), r.err());
        StanCsvFile point = StanCsvReader.read(map.resolve("draws.csv"));
        assertEquals(1, point.draws().length);
        assertEquals(List.of("lp__", "x"), point.columns());
        assertEquals("optimize", point.setting("method"));
        assertEquals(CliTesting.CONJUGATE_MEAN, point.column("x")[0], 1e-6);
        assertEquals(CliTesting.CONJUGATE_MEAN, summaryColumn(map.resolve("summary.csv"), "x", 1), 1e-6);
        assertTrue(r.out().startsWith("name      value\nlp__ "), r.out());
        assertTrue(r.out().contains("L-BFGS converged: "), r.out());

        Path laplace = tmp.resolve("laplace");
        r = fit("conjugate", "--method", "map", "--laplace", "--draws", "4000", "--output", laplace.toString(),
                "--quiet");
        assertEquals(ExitCode.OK, r.code(), r.err());
        StanCsvFile draws = StanCsvReader.read(laplace.resolve("draws.csv"));
        assertEquals("laplace", draws.setting("method"));
        assertEquals(4000, draws.draws().length);
        // Monte Carlo error of the mean and sd of 4000 normal draws: about 0.014 and 0.010; 4 of those.
        assertEquals(CliTesting.CONJUGATE_MEAN, summaryColumn(laplace.resolve("summary.csv"), "x", 1), 0.06);
        assertEquals(CliTesting.CONJUGATE_SD, summaryColumn(laplace.resolve("summary.csv"), "x", 2), 0.04);
        assertTrue(r.out().contains("Pareto k = "), r.out());
    }

    @Test
    void aModelWithALatentInputStartsFromPrincipalComponentsUnlessToldOtherwise() {
        Run pca = fit("gplvm", "--method", "advi", "--iter", "200", "--output", tmp.resolve("a").toString());
        assertEquals(ExitCode.OK, pca.code(), pca.err());
        assertTrue(pca.err().startsWith("Starting X at the principal components of Y.\n"), pca.err());
        assertTrue(pca.out().contains("The fit is in the structured mode: eta ≈ "), pca.out());
        Run random = fit("gplvm", "--method", "map", "--iter", "20", "--init", "random", "--output",
                tmp.resolve("b").toString());
        assertEquals(ExitCode.OK, random.code(), random.err());
        assertFalse(random.err().contains("principal components"), random.err());
        assertTrue(random.out().contains("Warning: The optimisation did not converge: maximum number of iterations"),
                random.out());
        assertTrue(random.out().contains("\n... 24 more of X (X.4.1 to X.15.2); every row is in summary.csv\n"),
                random.out());

        Run none = fit("eight_schools", "--method", "map", "--init", "pca", "--output", tmp.resolve("c").toString());
        assertEquals(ExitCode.USER_ERROR, none.code());
        assertTrue(none.err().startsWith("ppl: --init pca: eight_schools has no latent input"), none.err());
    }

    @Test
    void badOptionsAreOneLineUsageErrors() {
        String[][] cases = {
            {"ppl fit: --method: unknown method 'nuts': expected advi, fullrank or map;", "--method", "nuts"},
            {"ppl fit: --laplace goes with --method map;", "--method", "advi", "--laplace"},
            {"ppl fit: --init: expected pca, random or a .json or .csv file, not 'zero';", "--method", "map", "--init",
                "zero"},
            {"ppl fit: Missing required option: '--method=advi|fullrank|map';"},
            {"ppl fit: --draws must be at least 1, not 0;", "--method", "advi", "--draws", "0"},
            {"ppl fit: --grad-samples must be at least 1, not 0;", "--method", "advi", "--grad-samples", "0"},
            {"ppl fit: --optimizer: unknown optimizer 'sgd': expected stan or adam;", "--method", "advi", "--optimizer",
                "sgd"},
        };
        for (String[] c : cases) {
            String[] args = new String[c.length + 2];
            args[0] = "eight_schools";
            System.arraycopy(c, 1, args, 1, c.length - 1);
            args[c.length] = "--output";
            args[c.length + 1] = tmp.resolve("never").toString();
            Run r = fit(args);
            assertEquals(ExitCode.USER_ERROR, r.code(), c[0]);
            assertTrue(r.err().startsWith(c[0]), r.err());
            assertEquals(1, r.err().lines().count(), r.err());
        }
        assertFalse(Files.exists(tmp.resolve("never")));
    }

    @Test
    void aWarmStartFromAnEarlierFitsDrawsStartsThere() throws IOException {
        Path first = tmp.resolve("first");
        Run map = fit("gplvm", "--method", "map", "--output", first.toString(), "--quiet");
        assertEquals(ExitCode.OK, map.code(), map.err());
        // With no iteration to take, the second fit's point is its start: the first fit's values.
        Path second = tmp.resolve("second");
        Run warm = fit("gplvm", "--method", "map", "--init", first.resolve("draws.csv").toString(), "--iter", "1",
                "--output", second.toString());
        assertEquals(ExitCode.OK, warm.code(), warm.err());
        assertTrue(warm.err().contains("Starting X, ls, eta, sigma at the values given."), warm.err());
        assertFalse(warm.err().contains("principal components"), warm.err());
        StanCsvFile a = StanCsvReader.read(first.resolve("draws.csv"));
        StanCsvFile b = StanCsvReader.read(second.resolve("draws.csv"));
        for (String name : new String[] {"X.1.1", "X.15.2", "ls.1", "eta", "sigma"}) {
            assertEquals(a.column(name)[0], b.column(name)[0], 0.05 * Math.max(1, Math.abs(a.column(name)[0])), name);
        }
    }

    @Test
    void aWarmStartFileWithoutTheModelsParametersIsSaid() throws IOException {
        Path json = Files.writeString(tmp.resolve("init.json"), "{\"zeta\": 1}");
        Run r = fit("eight_schools", "--method", "map", "--init", json.toString(), "--output",
                tmp.resolve("never").toString());
        assertEquals(ExitCode.USER_ERROR, r.code());
        assertEquals("ppl: --init " + json + ": the file has no values of the model's parameters (mu, tau, theta_raw)",
                r.err().strip());
    }

    @Test
    void anAdviRunThatBlowsUpIsAUserError() {
        Run r = fit("eight_schools", "--method", "advi", "--eta", "1e8", "--output", tmp.resolve("x").toString(),
                "--quiet");
        assertEquals(ExitCode.USER_ERROR, r.code(), r.out() + r.err());
        assertTrue(r.err().startsWith("ppl: ADVI stopped at iteration "), r.err());
        assertFalse(r.err().contains("\tat "), r.err());
    }
}
