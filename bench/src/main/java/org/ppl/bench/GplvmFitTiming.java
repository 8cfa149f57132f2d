package org.ppl.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.ppl.examples.Gplvm;
import org.ppl.examples.SparseGplvm;
import org.ppl.gp.lvm.FitMode;
import org.ppl.gp.lvm.NearestNeighbour;
import org.ppl.gp.lvm.SparseWarmStartMap;
import org.ppl.infer.optimize.LbfgsOptions;
import org.ppl.io.CsvDataReader;
import org.ppl.io.DataValue;
import org.ppl.model.Model;
import org.ppl.model.TapeModel;

/**
 * The wall time of a GP-LVM MAP fit of the oil flow data (N = 1000, P = 12, Q = 2), end to end:
 * reading the CSV file, centring, the PCA start, the sparse GP-LVM stage (M inducing inputs) and
 * the exact GP-LVM stage from it ({@link SparseWarmStartMap}), with the leave-one-out
 * 1-nearest-neighbour errors of each stage's latent space. A plain timed run, not JMH: one fit takes
 * tens of seconds.
 *
 * <pre>
 * java -cp bench/target/benchmarks.jar org.ppl.bench.GplvmFitTiming [oil_train.csv] [M] [exact iterations] [sparse iterations]
 * </pre>
 * The file defaults to ../shared/data/oil/oil_train.csv from the working directory; M to 50; the
 * exact stage's iteration limit to 250, the sparse stage's to 5000.
 */
public final class GplvmFitTiming {
    private static final int Q = 2;

    private GplvmFitTiming() {}

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args.length > 0 ? args[0] : "../shared/data/oil/oil_train.csv");
        int m = args.length > 1 ? Integer.parseInt(args[1]) : 50;
        int exactIterations = args.length > 2 ? Integer.parseInt(args[2]) : 250;
        int sparseIterations = args.length > 3 ? Integer.parseInt(args[3]) : 5000;
        if (!Files.exists(file)) {
            System.err.println("no oil flow data at " + file + "; give the path of oil_train.csv");
            System.exit(1);
        }
        long t0 = System.nanoTime();
        List<String> features = new ArrayList<>();
        for (int j = 1; j <= 12; j++) features.add("f" + j);
        DataValue data = CsvDataReader.read("Y", file, file.toString(), features, false);
        int n = data.shape().dim(0), p = 12;
        double[] y = centred(data.values(), n, p);
        int[] labels = Arrays.stream(CsvDataReader.read("class", file, file.toString(), List.of("class"), false).values())
                .mapToInt(v -> (int) v).toArray();
        Model sparse = TapeModel.of(new SparseGplvm(y, n, p, Q, m));
        Model exact = TapeModel.of(new Gplvm(y, n, p, Q));
        SparseWarmStartMap fit = SparseWarmStartMap.fit(sparse, exact, y, n, p,
                LbfgsOptions.defaults().withMaxIterations(sparseIterations),
                LbfgsOptions.defaults().withMaxIterations(exactIterations), new SplittableRandom(1));
        double total = (System.nanoTime() - t0) * 1e-9;
        System.out.printf(Locale.ROOT, "sparse GP-LVM (M = %d): %.1f s, %d iterations, %d errors%n", m, fit.sparseSeconds(),
                fit.sparse().iterations(), errors(fit.sparse().constrained(), n, labels));
        System.out.printf(Locale.ROOT, "exact GP-LVM: %.1f s, %d iterations (%s), %d errors, %s%n", fit.exactSeconds(),
                fit.exact().iterations(), fit.exact().reason().description(), errors(fit.exact().constrained(), n, labels),
                FitMode.of(exact, fit.exact().constrained()).describe());
        System.out.printf(Locale.ROOT, "end to end: %.1f s%n", total);
    }

    private static double[] centred(double[] values, int n, int p) {
        double[] y = values.clone();
        for (int j = 0; j < p; j++) {
            double mean = 0;
            for (int i = 0; i < n; i++) mean += y[i * p + j] / n;
            for (int i = 0; i < n; i++) y[i * p + j] -= mean;
        }
        return y;
    }

    private static int errors(double[] values, int n, int[] labels) {
        return NearestNeighbour.leaveOneOutErrors(Arrays.copyOf(values, n * Q), n, Q, labels);
    }
}
