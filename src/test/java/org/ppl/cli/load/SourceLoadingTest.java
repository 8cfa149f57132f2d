package org.ppl.cli.load;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ppl.ad.Shape;
import org.ppl.cli.CliEnvironment;
import org.ppl.cli.CliTesting;
import org.ppl.cli.ExitCode;
import org.ppl.cli.UserError;
import org.ppl.examples.EightSchools;
import org.ppl.io.DataSet;
import org.ppl.io.DataValue;

class SourceLoadingTest {
    @TempDir
    Path tmp;

    /** Records what reached the compiler and returns eight schools. */
    private static final class Recording implements ModelCompiler {
        final AtomicReference<ModelSource> source = new AtomicReference<>();
        final AtomicReference<DataSet> data = new AtomicReference<>();
        final AtomicReference<java.util.Map<String, String>> settings = new AtomicReference<>();

        @Override
        public LoadedModel compile(ModelSource s, DataSet d, java.util.Map<String, String> set) {
            source.set(s);
            data.set(d);
            settings.set(set);
            return LoadedModel.of(s.name(), new EightSchools());
        }
    }

    @Test
    void aBundledModelUsesItsOwnDataStandardisedAsItsDefaultsSay() {
        Recording compiler = new Recording();
        LoadedModel m = new SourceLoading(compiler).load(ModelRequest.of("gplvm"));
        assertEquals("gplvm", m.name());
        assertTrue(compiler.source.get().bundled());
        assertTrue(compiler.source.get().text().contains("gp.Marginal"));
        DataValue y = compiler.data.get().get("Y");
        assertEquals(Shape.matrix(150, 4), y.shape());
        // Standardised: every column has mean 0 and sample sd 1 (checked against the raw file).
        double[] raw = rawIrisColumn(0);
        double mean = java.util.Arrays.stream(raw).average().orElseThrow();
        double ss = 0;
        for (double v : raw) ss += (v - mean) * (v - mean);
        double sd = Math.sqrt(ss / (raw.length - 1));
        assertEquals((raw[7] - mean) / sd, y.values()[7 * 4], 1e-12);
        assertEquals("data/iris.csv (bundled), standardised", m.dataDescription());
    }

    @Test
    void settingsReachTheCompilerAsTextBesideTheData() {
        Recording compiler = new Recording();
        new SourceLoading(compiler).load(new ModelRequest("eight_schools", List.of(), List.of("Q=3", "J = 8", "s=-0.5e1"),
                false));
        assertEquals(java.util.Map.of("Q", "3", "J", "8", "s", "-0.5e1"), compiler.settings.get());
        DataSet d = compiler.data.get();
        assertFalse(d.names().contains("Q"));
        assertArrayEquals(new double[] {28, 8, -3, 7, -1, 1, 18, 12}, d.get("y").values());
    }

    @Test
    void filesAndDataFromTheWorkingDirectory() throws IOException {
        Path model = Files.writeString(tmp.resolve("my_model.ppl"), "x ~ Normal(0, 1)\n");
        Path data = Files.writeString(tmp.resolve("d.json"), "{\"n\": 3}");
        Recording compiler = new Recording();
        LoadedModel m = new SourceLoading(compiler).load(new ModelRequest(model.toString(), List.of(data.toString()),
                List.of(), false));
        assertEquals("my_model", m.name());
        assertEquals(model.toString(), compiler.source.get().origin());
        assertFalse(compiler.source.get().bundled());
        assertEquals(3.0, compiler.data.get().get("n").values()[0]);
        assertEquals(data.toString(), m.dataDescription());
    }

    private static UserError failure(String model, String... data) {
        return assertThrows(UserError.class,
                () -> new SourceLoading(new Recording()).load(new ModelRequest(model, List.of(data), List.of(), false)));
    }

    @Test
    void anUnknownModelNameSuggestsTheNearestBundledOne() {
        assertEquals("ppl: unknown model 'gplv'; did you mean 'gplvm'? Bundled models: gplvm, sparse_gplvm, ppca, "
                + "gp_regression, sparse_gp, gp_classification, eight_schools; or give the path of a .ppl file",
                failure("gplv").getMessage());
        assertEquals("ppl: unknown model 'zzzzzz'; Bundled models: gplvm, sparse_gplvm, ppca, gp_regression, sparse_gp, "
                + "gp_classification, eight_schools; or give the path of a .ppl file", failure("zzzzzz").getMessage());
    }

    @Test
    void aMissingFileIsSaidInOneLine() {
        Path missing = tmp.resolve("nothing.ppl");
        assertEquals("ppl: " + missing + ": no such file", failure(missing.toString()).getMessage());
        assertEquals("ppl: " + tmp + " is a folder, not a .ppl file", failure(tmp.toString()).getMessage());
        Path data = tmp.resolve("nothing.json");
        assertEquals(data + ": no such file", failure("eight_schools", data.toString()).getMessage());
    }

    @Test
    void malformedDataIsReportedWhereItIs() throws IOException {
        Path json = Files.writeString(tmp.resolve("bad.json"), "{\n  \"y\": [1, 2,, 3]\n}\n");
        String jsonMessage = failure("eight_schools", json.toString()).getMessage();
        assertTrue(jsonMessage.startsWith(json + ":2:14: ") && jsonMessage.contains("','"), jsonMessage);
        assertEquals(1, jsonMessage.lines().count(), jsonMessage);
        Path csv = Files.writeString(tmp.resolve("bad.csv"), "a,b\n1,2\n3,x\n");
        String message = failure("eight_schools", "Y=" + csv + ":a,b").getMessage();
        assertTrue(message.startsWith(csv + ":3:3: Y: "), message);
        assertEquals(1, message.lines().count(), message);
    }

    @Test
    void centringKeepsTheScale() throws IOException {
        Path csv = Files.writeString(tmp.resolve("y.csv"), "a,b\n1,10\n2,30\n6,20\n");
        Recording compiler = new Recording();
        LoadedModel m = new SourceLoading(compiler).load(new ModelRequest("eight_schools", List.of("Y=" + csv),
                List.of(), false, true));
        assertArrayEquals(new double[] {-2, -10, -1, 10, 3, 0}, compiler.data.get().get("Y").values(), 1e-15);
        assertTrue(m.dataDescription().endsWith(", centred"), m.dataDescription());
    }

    @Test
    void malformedSettingsAreUserErrors() {
        UserError e = assertThrows(UserError.class, () -> new SourceLoading(new Recording())
                .load(new ModelRequest("eight_schools", List.of(), List.of("3"), false)));
        assertEquals("ppl: --set 3: expected NAME=VALUE, as in --set Q=3", e.getMessage());
        e = assertThrows(UserError.class, () -> new SourceLoading(new Recording())
                .load(new ModelRequest("eight_schools", List.of(), List.of("Q="), false)));
        assertEquals("ppl: --set Q=: expected NAME=VALUE, as in --set Q=3", e.getMessage());
    }

    @Test
    void settingsAreCheckedByTheCompilerAgainstTheModel() {
        UserError e = assertThrows(UserError.class, () -> CliEnvironment.standard().models()
                .load(new ModelRequest("gplvm", List.of(), List.of("Q=three"), false)));
        assertTrue(e.getMessage().contains("--set Q=three"), e.getMessage());
        e = assertThrows(UserError.class, () -> CliEnvironment.standard().models()
                .load(new ModelRequest("gplvm", List.of(), List.of("Qq=3"), false)));
        assertTrue(e.getMessage().contains("the model declares no data item 'Qq'"), e.getMessage());
    }

    @Test
    void theStandardCompilerReportsModelErrorsWithTheirPlace() throws IOException {
        Path model = Files.writeString(tmp.resolve("typo.ppl"), "x ~ Nromal(0, 1)\n");
        CliEnvironment standard = CliEnvironment.standard();
        CliTesting.Run r = CliTesting.run(new CliEnvironment(standard.models(), () -> false,
                org.ppl.cli.Interrupts.NONE, standard.storage()), "sample", model.toString(), "--output",
                tmp.resolve("never").toString());
        assertEquals(ExitCode.USER_ERROR, r.code());
        assertTrue(r.err().startsWith(model + ":1:5"), r.err());
        assertTrue(r.err().contains("Normal"), r.err());
        assertFalse(Files.exists(tmp.resolve("never")));
    }

    private static double[] rawIrisColumn(int column) {
        List<String> lines = CliTesting.irisText().lines().skip(1).filter(l -> !l.isBlank()).toList();
        return lines.stream().mapToDouble(l -> Double.parseDouble(l.split(",")[column])).toArray();
    }
}
