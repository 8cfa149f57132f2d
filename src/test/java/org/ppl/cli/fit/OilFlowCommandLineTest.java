package org.ppl.cli.fit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ppl.cli.CliEnvironment;
import org.ppl.cli.CliTesting;
import org.ppl.cli.ExitCode;
import org.ppl.gp.lvm.NearestNeighbour;
import org.ppl.io.CsvDataReader;
import org.ppl.io.stancsv.StanCsvFile;
import org.ppl.io.stancsv.StanCsvReader;

/**
 * The oil-flow recipe of models/README.md, run through the command line with the bundled models
 * (-Pvalidation; skipped where the shared data are absent): the sparse GP-LVM's MAP (M = 50, 5000
 * L-BFGS iterations) warm-starting the exact GP-LVM's (250 iterations). Both latent spaces must
 * beat GTM's 11 leave-one-out 1-nearest-neighbour errors (Lawrence 2005), the whole recipe in
 * under 60 s.
 */
@Tag("validation")
class OilFlowCommandLineTest {
    private static final int GTM_ERRORS = 11;

    @TempDir
    Path tmp;

    @Test
    void sparseThenExactMapBeatsGtmWithinAMinute() throws IOException {
        Path csv = oil();
        String y = "Y=" + csv + ":f1,f2,f3,f4,f5,f6,f7,f8,f9,f10,f11,f12";
        int[] labels = labels(csv);
        long t0 = System.nanoTime();
        CliTesting.Run sparse = CliTesting.run(CliEnvironment.standard(), "fit", "sparse_gplvm", "--data", y, "--center",
                "--method", "map", "--set", "M=50", "--iter", "5000", "--output", tmp.resolve("sparse").toString(),
                "--quiet");
        assertEquals(ExitCode.OK, sparse.code(), sparse.err());
        long t1 = System.nanoTime();
        CliTesting.Run exact = CliTesting.run(CliEnvironment.standard(), "fit", "gplvm", "--data", y, "--center",
                "--method", "map", "--init", tmp.resolve("sparse/draws.csv").toString(), "--iter", "250", "--output",
                tmp.resolve("exact").toString(), "--quiet");
        assertEquals(ExitCode.OK, exact.code(), exact.err());
        double seconds = (System.nanoTime() - t0) * 1e-9;
        int sparseErrors = errors(tmp.resolve("sparse/draws.csv"), labels);
        int exactErrors = errors(tmp.resolve("exact/draws.csv"), labels);
        System.out.printf(Locale.ROOT, "[showcase] oil from the command line: sparse %d errors (%.1f s), exact %d errors; "
                + "%.1f s in all%n", sparseErrors, (t1 - t0) * 1e-9, exactErrors, seconds);
        assertTrue(sparseErrors <= GTM_ERRORS, "sparse: " + sparseErrors + " errors");
        assertTrue(exactErrors <= GTM_ERRORS, "exact: " + exactErrors + " errors");
        assertTrue(seconds < 60, seconds + " s");
    }

    /** 1-NN errors of the latent X in a MAP fit's draws.csv (one line: the point). */
    private static int errors(Path draws, int[] labels) throws IOException {
        StanCsvFile f = StanCsvReader.read(draws);
        int n = labels.length;
        double[] x = new double[n * 2];
        for (int i = 0; i < n; i++) {
            for (int d = 0; d < 2; d++) x[i * 2 + d] = f.column("X." + (i + 1) + "." + (d + 1))[0];
        }
        return NearestNeighbour.leaveOneOutErrors(x, n, 2, labels);
    }

    private static int[] labels(Path csv) {
        double[] values = CsvDataReader.read("class", csv, csv.toString(), List.of("class"), false).values();
        return Arrays.stream(values).mapToInt(v -> (int) v).toArray();
    }

    /** ../shared/data/oil/oil_train.csv beside the repository; the test is skipped where it is absent. */
    private static Path oil() throws IOException {
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            Path pom = p.resolve("pom.xml");
            if (Files.exists(pom) && Files.readString(pom).contains("<modules>")) {
                Path csv = p.resolve("../shared/data/oil/oil_train.csv").normalize();
                Assumptions.assumeTrue(Files.exists(csv),
                        "skipped: the oil-flow data are not beside the repository (../shared/data/oil/oil_train.csv)");
                return csv;
            }
        }
        Assumptions.abort("skipped: no repository root above the working directory");
        return null;
    }
}
