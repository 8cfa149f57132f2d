package org.ppl.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ppl.ad.Shape;

/** The --data argument forms, and data sets combined from several sources. */
class DataSourcesTest {
    @Test
    void csvSpecs() {
        assertEquals(new CsvSpec("Y", "iris.csv", List.of()), CsvSpec.parse("Y=iris.csv"));
        assertEquals(new CsvSpec("Y", "data/iris.csv", List.of("a", "b c")), CsvSpec.parse("Y=data/iris.csv:a, b c"));
        assertEquals(new CsvSpec("y_2", "C:\\data\\y.csv", List.of()), CsvSpec.parse("y_2=C:\\data\\y.csv"));
        assertEquals(new CsvSpec("y", "C:\\data\\y.csv", List.of("x")), CsvSpec.parse("y=C:\\data\\y.csv:x"));
        assertEquals("Y=iris.csv:a,b", CsvSpec.parse("Y=iris.csv:a,b").toString());
        assertTrue(CsvSpec.looksLikeSpec("Y=iris.csv"));
        assertFalse(CsvSpec.looksLikeSpec("data.json"));
        assertFalse(CsvSpec.looksLikeSpec("../data.json"));
        assertFalse(CsvSpec.looksLikeSpec("a-b=c.csv"));
    }

    @Test
    void malformedCsvSpecs() {
        assertSpecError("--data =x.csv: expected NAME=FILE.csv[:col1,col2]", "=x.csv");
        assertSpecError("--data 1Y=x.csv: expected NAME=FILE.csv[:col1,col2]", "1Y=x.csv");
        assertSpecError("--data Y=: no file after Y=", "Y=");
        assertSpecError("--data Y=:a: no file after Y=", "Y=:a");
        assertSpecError("--data Y=x.csv:: an empty column name", "Y=x.csv:");
        assertSpecError("--data Y=x.csv:a,,b: an empty column name", "Y=x.csv:a,,b");
    }

    private static void assertSpecError(String expected, String argument) {
        DataError e = assertThrows(DataError.class, () -> CsvSpec.parse(argument));
        assertEquals(expected, e.getMessage());
        assertNull(e.location());
    }

    @Test
    void argumentsAreReadAndMerged(@TempDir Path dir) throws IOException {
        Path json = dir.resolve("d.json");
        Files.writeString(json, "{\"N\": 2, \"y\": [1.5, 2.5]}");
        Path csv = dir.resolve("x.csv");
        Files.writeString(csv, "a,b\n1,2\n3,4\n");
        DataSet d = DataSources.readAll(List.of(json.toString(), "X=" + csv + ":b"), false);
        assertEquals(List.of("N", "y", "X"), d.names());
        assertEquals(Shape.matrix(2, 1), d.get("X").shape());
        assertEquals(csv + ":2:3", d.get("X").locationOf(0).toString());
        DataSet z = DataSources.read("X=" + csv, true);
        assertEquals(-Math.sqrt(0.5), z.get("X").values()[0], 1e-15);

        DataError e = assertThrows(DataError.class,
                () -> DataSources.readAll(List.of(json.toString(), "y=" + csv + ":a"), false));
        assertEquals(csv + ":1:1: y is given twice; first at " + json + ":1:15", e.getMessage());
    }

    @Test
    void setsReplaceAndRefuseDuplicates() {
        SourceLocation cli = new SourceLocation(null, 0, 0);
        DataValue q = DataValue.scalar("Q", 2, true, SourceLocation.file("model.ppl"));
        DataSet d = DataSet.of(List.of(q)).with(DataValue.scalar("Q", 3, true, cli));
        assertEquals(1, d.size());
        assertEquals(3.0, d.get("Q").values()[0]);
        assertEquals("model.ppl: Q is given twice; first at model.ppl",
                assertThrows(DataError.class, () -> DataSet.of(List.of(q, q))).getMessage());
        assertNull(d.get("nope"));
        assertEquals("Q: int ()", d.get("Q").toString());
        assertEquals("Q: int () at model.ppl", q.toString());
    }
}
