package org.ppl.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.ppl.ad.Shape;

class JsonDataReaderTest {
    private static DataSet parse(String text) {
        return JsonDataReader.parse(text, "d.json");
    }

    private static void assertError(String expected, String text) {
        DataError e = assertThrows(DataError.class, () -> parse(text));
        assertEquals(expected, e.getMessage());
    }

    @Test
    void shapesValuesAndIntegers() {
        DataSet d = parse("{\"N\": 3, \"s\": -2.5e-1, \"y\": [1, 2.0, 3], \"X\": [[1, 2, 3], [4, 5, 6]],"
                + " \"A\": [[[1, 2], [3, 4]], [[5, 6], [7, 8]], [[9, 10], [11, 12]]], \"e\": [], \"E\": [[], []],"
                + " \"F\": [[[]]], \"k\": [0, -7, 12345678901]}");
        assertEquals(List.of("N", "s", "y", "X", "A", "e", "E", "F", "k"), d.names());
        check(d.get("N"), Shape.SCALAR, true, 3);
        check(d.get("s"), Shape.SCALAR, false, -0.25);
        check(d.get("y"), Shape.vector(3), false, 1, 2, 3);
        check(d.get("X"), Shape.matrix(2, 3), true, 1, 2, 3, 4, 5, 6);
        check(d.get("A"), Shape.of(3, 2, 2), true, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12);
        check(d.get("e"), Shape.vector(0), true);
        check(d.get("E"), Shape.matrix(2, 0), true);
        check(d.get("F"), Shape.of(1, 1, 0), true);
        check(d.get("k"), Shape.vector(3), true, 0, -7, 12345678901.0);
        assertEquals(0, parse(" {\n} ").size());
    }

    private static void check(DataValue v, Shape shape, boolean integer, double... values) {
        assertEquals(shape, v.shape(), v.name());
        assertEquals(integer, v.integer(), v.name() + " integer");
        assertArrayEquals(values, v.values(), 0, v.name());
    }

    @Test
    void cmdStanSpecialNumbers() {
        DataSet d = parse("{\"a\": [\"inf\", \"-inf\", \"+inf\", \"Infinity\", \"-Infinity\", \"NaN\", \"nan\", \"Inf\"],"
                + " \"b\": [NaN, Infinity, -Infinity, 1]}");
        double inf = Double.POSITIVE_INFINITY;
        check(d.get("a"), Shape.vector(8), false, inf, -inf, inf, inf, -inf, Double.NaN, Double.NaN, inf);
        check(d.get("b"), Shape.vector(4), false, Double.NaN, inf, -inf, 1);
    }

    @Test
    void everyValueAndElementHasItsLineAndColumn() {
        String text = "{\n  \"N\": 2,\n  \"y\": [1.5,\n        -2],\n  \"X\": [[1, 2],\n    [3, 4]]\n}\n";
        DataSet d = parse(text);
        assertEquals("d.json:2:8", d.get("N").where().toString());
        assertEquals("d.json:3:8", d.get("y").where().toString());
        assertEquals("d.json:3:9", d.get("y").locationOf(0).toString());
        assertEquals("d.json:4:9", d.get("y").locationOf(1).toString());
        assertEquals("d.json:6:9", d.get("X").locationOf(3).toString());
        DataError e = d.get("X").errorAt(2, "element [1, 0] is 3, above the upper bound 2");
        assertEquals("d.json:6:6: X: element [1, 0] is 3, above the upper bound 2", e.getMessage());
        assertEquals(6, e.line());
        assertEquals(6, e.column());
        assertEquals("d.json", e.file());
        assertEquals("X: element [1, 0] is 3, above the upper bound 2", e.detail());
        assertEquals("d.json:5:8: X: expected matrix[2, 3], found shape (2, 2)",
                d.get("X").error("expected matrix[2, 3], found shape (2, 2)").getMessage());
    }

    @Test
    void keysWithEscapesAndAByteOrderMark() {
        DataSet d = parse("\uFEFF{\"a\\u00e9\\\"\\n\": 1}");
        assertTrue(d.contains("a\u00e9\"\n"));
        assertEquals("d.json:1:17", d.get("a\u00e9\"\n").where().toString());
    }

    @Test
    void malformedJsonSaysWhereAndWhatWasExpected() {
        assertError("d.json:1:1: expected '{' to start the data object but found the end of the file", "");
        assertError("d.json:1:1: expected '{' to start the data object but found '['", "[1, 2]");
        assertError("d.json:1:9: expected a name in double quotes but found '}'", "{\"a\": 1,}");
        assertError("d.json:1:6: expected ':' after the name \"a\" but found '1'", "{\"a\" 1}");
        assertError("d.json:2:11: expected ',' or ']' but found '}'", "{\"a\":\n  [1, 2, 3}");
        assertError("d.json:1:9: expected ',' or '}' but found '\"'", "{\"a\": 1 \"b\": 2}");
        assertError("d.json:1:10: expected the end of the file after the data object but found 'x'", "{\"a\": 1} x");
        assertError("d.json:1:11: expected a number or an array but found ']'", "{\"a\": [1, ]}");
        assertError("d.json:1:7: expected a number or an array but found the end of the file", "{\"a\": ");
        assertError("d.json:1:7: expected a number or an array but found 'abc'", "{\"a\": abc}");
        assertError("d.json:1:7: expected a number or an array but found '-Inf'", "{\"a\": -Inf}");
        assertError("d.json:1:2: this string has no closing quote", "{\"a: 1}");
        assertError("d.json:1:2: this string has no closing quote", "{\"a\n\": 1}");
        assertError("d.json:1:4: unknown escape sequence \\x", "{\"a\\x\": 1}");
        assertError("d.json:1:4: expected four hexadecimal digits after \\u", "{\"a\\u12\": 1}");
    }

    @Test
    void malformedNumbers() {
        assertError("d.json:1:8: y: malformed number '01'", "{\"y\": [01]}");
        assertError("d.json:1:7: y: malformed number '1.'", "{\"y\": 1.}");
        assertError("d.json:1:7: y: malformed number '-'", "{\"y\": -}");
        assertError("d.json:1:11: y: malformed number '2e'", "{\"y\": [1, 2e]}");
        assertError("d.json:1:7: y: malformed number '1-2'", "{\"y\": 1-2}");
    }

    @Test
    void raggedArraysNameTheRows() {
        assertError("d.json:4:3: X: row 3 has 4 elements; row 1 has 5",
                "{\"X\": [\n  [1, 2, 3, 4, 5],\n  [1, 2, 3, 4, 5],\n  [1, 2, 3, 4],\n  [1, 2, 3, 4, 5]]}");
        assertError("d.json:1:16: X: row 2 is a number; row 1 has 2 elements", "{\"X\": [[1, 2], 3]}");
        assertError("d.json:1:11: X: row 2 has 1 element; row 1 is a number", "{\"X\": [1, [2]]}");
        assertError("d.json:1:27: A, row 2: row 2 has 1 element; row 1 has 2", "{\"A\": [[[1, 2]], [[3, 4], [5]]]}");
        assertError("d.json:1:26: A: row 2 has shape (1, 2); row 1 has shape (2, 2)",
                "{\"A\": [[[1, 2], [3, 4]], [[5, 6]]]}");
        assertError("d.json:1:16: X: row 2 has 0 elements; row 1 has 2", "{\"X\": [[1, 2], []]}");
    }

    @Test
    void nonNumericValuesAreRefused() {
        assertError("d.json:1:11: y: expected a number, found the string \"abc\"", "{\"y\": [1, \"abc\"]}");
        assertError("d.json:1:7: y: expected a number, found true", "{\"y\": true}");
        assertError("d.json:1:8: y: expected a number, found null", "{\"y\": [null]}");
        assertError("d.json:1:7: y: expected a number, found an object", "{\"y\": {\"a\": 1}}");
    }

    @Test
    void aNameGivenTwiceIsAnError() {
        assertError("d.json:1:15: N is given twice; first at d.json:1:7", "{\"N\": 1, \"N\": 2}");
    }

    @Test
    void nestingIsBounded() {
        String deep = "{\"a\": " + "[".repeat(65) + "1" + "]".repeat(65) + "}";
        assertError("d.json:1:71: a: arrays nested deeper than 64", deep);
        String ok = "{\"a\": " + "[".repeat(64) + "1" + "]".repeat(64) + "}";
        assertEquals(64, parse(ok).get("a").shape().rank());
    }

    @Test
    void aMissingFileIsNamed() {
        DataError e = assertThrows(DataError.class, () -> JsonDataReader.read(Path.of("no-such-dir", "nope.json")));
        assertEquals(Path.of("no-such-dir", "nope.json") + ": no such file", e.getMessage());
    }

    @Test
    void everyPosteriordbDataFileParses() throws IOException {
        Path folder = SharedData.folder("posteriordb");
        int files = 0;
        try (DirectoryStream<Path> dir = Files.newDirectoryStream(folder, "*.data.json")) {
            for (Path p : dir) {
                DataSet d = JsonDataReader.read(p);
                assertFalse(d.names().isEmpty(), p.toString());
                for (DataValue v : d.values()) assertEquals(v.shape().size(), v.values().length);
                files++;
            }
        }
        assertTrue(files > 0, "no posteriordb data files in " + folder);
        DataSet schools = JsonDataReader.read(folder.resolve("eight_schools-eight_schools_noncentered.data.json"));
        check(schools.get("J"), Shape.SCALAR, true, 8);
        check(schools.get("y"), Shape.vector(8), true, 28, 8, -3, 7, -1, 1, 18, 12);
        check(schools.get("sigma"), Shape.vector(8), true, 15, 10, 16, 11, 9, 11, 10, 18);
    }
}
