package org.ppl.compiler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.ppl.compiler.diag.Diagnostic;
import org.ppl.compiler.diag.DiagnosticRenderer;
import org.ppl.io.CsvDataReader;
import org.ppl.io.DataError;
import org.ppl.io.DataSet;
import org.ppl.io.JsonDataReader;

/**
 * The golden suite of data errors, as {@link ErrorProgramsTest} has for programs: each file under
 * {@code data-errors/} is a model whose comments say what data it is loaded with and every error
 * it must give, first line only, in order:
 *
 * <pre>
 * # data: NAME.json              (a JSON file beside it)
 * # data: Y=NAME.csv:a,b         (columns of a CSV file bound to Y)
 * # set: Q=3                     (a --set override)
 * # expect: NAME.json:3:8: error: data item 'y' has shape ...
 * </pre>
 *
 * A data file that cannot be read gives the reader's one-line error, expected verbatim.
 */
class DataErrorsTest {
    static final Path DIR = Path.of("src/test/resources/data-errors");

    static List<Path> files() throws IOException {
        try (Stream<Path> s = Files.list(DIR)) {
            return s.filter(p -> p.toString().endsWith(".ppl")).sorted().toList();
        }
    }

    /** The data the directives name, read with file names as shown in messages. */
    static DataSet data(List<String> directives) {
        DataSet all = DataSet.empty();
        for (String d : directives) {
            int eq = d.indexOf('=');
            if (eq < 0) {
                all = all.merge(JsonDataReader.parse(Models.read(DIR.resolve(d)), d));
                continue;
            }
            String name = d.substring(0, eq);
            String[] fileAndColumns = d.substring(eq + 1).split(":", 2);
            List<String> columns = fileAndColumns.length > 1 ? Arrays.asList(fileAndColumns[1].split(",")) : List.of();
            all = all.merge(DataSet.of(List.of(CsvDataReader.read(name, DIR.resolve(fileAndColumns[0]), fileAndColumns[0], columns, false))));
        }
        return all;
    }

    /** The first lines of the errors loading {@code file} gives. */
    static List<String> errors(Path file) {
        String text = Models.read(file);
        List<String> data = new ArrayList<>();
        Map<String, String> overrides = new LinkedHashMap<>();
        for (String line : text.split("\n")) {
            if (line.startsWith("# data: ")) data.add(line.substring(8).strip());
            if (line.startsWith("# set: ")) {
                String[] kv = line.substring(7).strip().split("=", 2);
                overrides.put(kv[0], kv[1]);
            }
        }
        DataSet set;
        try {
            set = data(data);
        } catch (DataError e) {
            return List.of(e.getMessage());
        }
        ModelLoader.Result<LoadedModel> r = ModelLoader.load(text, file.getFileName().toString(), set, overrides);
        assertFalse(r.succeeded(), file + " loaded");
        List<String> out = new ArrayList<>();
        for (Diagnostic d : r.diagnostics()) out.add(DiagnosticRenderer.headline(d));
        return out;
    }

    @TestFactory
    Stream<DynamicTest> everyBadDataSetGivesExactlyItsExpectedErrors() throws IOException {
        return files().stream().map(path -> DynamicTest.dynamicTest(path.getFileName().toString(), () -> {
            List<String> expected = new ArrayList<>();
            for (String line : Models.read(path).split("\n")) {
                if (line.startsWith("# expect: ")) expected.add(line.substring("# expect: ".length()));
            }
            assertTrue(!expected.isEmpty(), "no expectation in " + path);
            assertEquals(String.join("\n", expected), String.join("\n", errors(path)));
        }));
    }

    @Test
    void aDataErrorShowsTheDeclarationUnderItsPlaceInTheData() {
        Path file = DIR.resolve("wrong_size.ppl");
        ModelLoader.Result<LoadedModel> r = ModelLoader.load(Models.read(file), "wrong_size.ppl",
                data(List.of("wrong_size.json")), Map.of());
        assertEquals("""
                wrong_size.json:3:8: error: data item 'y' has shape (4,), but the model declares `data y: vector[J]` \
                at wrong_size.ppl:5:6, of shape (J,) = (3,); J = 3 is data item 'J' at wrong_size.json:2:8
                wrong_size.ppl:5:6: note: declared here
                    5 | data y: vector[J]
                      |      ^
                """, r.errors());
    }
}
