package org.ppl.compiler;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.ppl.io.DataSet;

/**
 * The budget of issue 3: reading iris, parsing and checking the GP-LVM model, binding the data and
 * building the program take under 150 ms in a warm JVM. The median is printed; the bound asserted
 * is looser (the machine is shared).
 */
class LoadSpeedTest {
    @Test
    void gplvmOnIrisLoadsWellUnderTheBudgetWarm() {
        Path folder = Models.repository().resolve("models/gplvm");
        String source = Models.read(folder.resolve("gplvm.ppl"));
        List<String> data = List.of("Y=" + Models.repository().resolve("models/data/iris.csv") + ":sepal_length,sepal_width,petal_length,petal_width");
        for (int i = 0; i < 100; i++) load(source, data);
        long[] times = new long[51];
        for (int i = 0; i < times.length; i++) {
            long start = System.nanoTime();
            load(source, data);
            times[i] = System.nanoTime() - start;
        }
        Arrays.sort(times);
        double median = times[times.length / 2] / 1e6;
        System.out.printf("read iris + parse + check + bind + build gplvm, warm median: %.2f ms (budget 150 ms)%n", median);
        assertTrue(median < 150, "median " + median + " ms");
    }

    private static void load(String source, List<String> arguments) {
        DataSet data = Models.data(Path.of(""), arguments, true);
        ModelLoader.Result<LoadedModel> r = ModelLoader.load(source, "gplvm.ppl", data, Map.of());
        if (!r.succeeded()) throw new AssertionError(r.errors());
    }
}
