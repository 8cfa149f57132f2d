package org.ppl.gp.lvm;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.ppl.io.CsvDataReader;
import org.ppl.io.DataValue;

/**
 * The data sets of the GP-LVM showcase: iris (bundled under models/data, four measurements
 * standardised with the N - 1 standard deviation, species as labels) and the oil flow training set
 * (beside the repository in ../shared/data/oil, or in the folder named by the system property
 * {@code ppl.shared.data}; 1000 × 12, centred, class as labels), which is skipped when absent.
 */
final class ShowcaseData {
    /** A data matrix (N×P, row-major) with one label per row. */
    record Labelled(double[] y, int n, int p, int[] labels) {}

    private ShowcaseData() {}

    static Labelled iris() {
        Path file = repositoryRoot().resolve("models/data/iris.csv");
        List<String> measurements = List.of("sepal_length", "sepal_width", "petal_length", "petal_width");
        DataValue y = CsvDataReader.read("Y", file, "iris.csv", measurements, true);
        return new Labelled(y.values(), y.shape().dim(0), 4, labels(file, "species"));
    }

    /** The oil flow training set, each column centred (as Lawrence's experiments use it). */
    static Labelled oil() {
        String override = System.getProperty("ppl.shared.data");
        Path base = override != null ? Path.of(override) : repositoryRoot().resolve("../shared/data");
        Path file = base.resolve("oil/oil_train.csv").normalize();
        Assumptions.assumeTrue(Files.exists(file),
                "skipped: the oil flow data are not beside the repository (../shared/data/oil/oil_train.csv)");
        List<String> features = new ArrayList<>();
        for (int j = 1; j <= 12; j++) features.add("f" + j);
        DataValue y = CsvDataReader.read("Y", file, "oil_train.csv", features, false);
        int n = y.shape().dim(0), p = 12;
        double[] centred = y.values().clone();
        for (int j = 0; j < p; j++) {
            double mean = 0;
            for (int i = 0; i < n; i++) mean += centred[i * p + j] / n;
            for (int i = 0; i < n; i++) centred[i * p + j] -= mean;
        }
        return new Labelled(centred, n, p, labels(file, "class"));
    }

    private static int[] labels(Path file, String column) {
        double[] v = CsvDataReader.read("labels", file, file.getFileName().toString(), List.of(column), false).values();
        int[] labels = new int[v.length];
        for (int i = 0; i < v.length; i++) labels[i] = (int) v[i];
        return labels;
    }

    /** The nearest folder up from the working directory whose pom.xml lists modules. */
    static Path repositoryRoot() {
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            Path pom = p.resolve("pom.xml");
            try {
                if (Files.exists(pom) && Files.readString(pom).contains("<modules>")) return p;
            } catch (IOException e) {
                throw new IllegalStateException("cannot read " + pom, e);
            }
        }
        throw new IllegalStateException("no repository root above " + Path.of("").toAbsolutePath());
    }
}
