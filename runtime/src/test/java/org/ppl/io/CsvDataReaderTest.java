package org.ppl.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.apache.commons.math3.stat.descriptive.moment.Mean;
import org.apache.commons.math3.stat.descriptive.moment.StandardDeviation;
import org.junit.jupiter.api.Test;
import org.ppl.ad.Shape;

class CsvDataReaderTest {
    private static DataValue parse(String text, String... columns) {
        return CsvDataReader.parse("Y", text, "t.csv", List.of(columns), false);
    }

    private static DataValue standardised(String text, String... columns) {
        return CsvDataReader.parse("Y", text, "t.csv", List.of(columns), true);
    }

    private static void assertError(String expected, Runnable read) {
        DataError e = assertThrows(DataError.class, read::run);
        assertEquals(expected, e.getMessage());
    }

    @Test
    void aTableBecomesAnNByCMatrix() {
        DataValue all = parse("a,b,c\n1,2,3\n4,5,6\n");
        assertEquals(Shape.matrix(2, 3), all.shape());
        assertArrayEquals(new double[] {1, 2, 3, 4, 5, 6}, all.values(), 0);
        assertTrue(all.integer());
        assertEquals("t.csv:1:1", all.where().toString());
        DataValue picked = parse("a,b,c\n1,2.5,3\n4,5,6\n", "c", "b");
        assertEquals(Shape.matrix(2, 2), picked.shape());
        assertArrayEquals(new double[] {3, 2.5, 6, 5}, picked.values(), 0);
        assertFalse(picked.integer());
        assertEquals("t.csv:2:7", picked.locationOf(0).toString());
        assertEquals("t.csv:3:3", picked.locationOf(3).toString());
    }

    @Test
    void oneColumnIsAnNByOneMatrixThatViewsAsAVector() {
        DataValue column = parse("name,x\nfoo,1\nbar,2\nbaz,3\n", "x");
        assertEquals(Shape.matrix(3, 1), column.shape());
        DataValue vector = column.withShape(Shape.vector(3));
        assertEquals(Shape.vector(3), vector.shape());
        assertArrayEquals(new double[] {1, 2, 3}, vector.values(), 0);
        assertEquals("t.csv:4:5", vector.locationOf(2).toString());
        assertThrows(IllegalArgumentException.class, () -> column.withShape(Shape.vector(4)));
    }

    @Test
    void numbersQuotesBlankLinesAndLineEnds() {
        DataValue v = parse("\uFEFFa,b\r\n\r\n+1, .5\r\n  5.,-2e-1\r\n\"7\",inf\r\n\r\n-Infinity,\"8\"\r\n");
        assertEquals(Shape.matrix(4, 2), v.shape());
        double inf = Double.POSITIVE_INFINITY;
        assertArrayEquals(new double[] {1, 0.5, 5, -0.2, 7, inf, -inf, 8}, v.values(), 0);
        assertEquals("t.csv:4:3", v.locationOf(2).toString());
        assertEquals("t.csv:5:2", v.locationOf(4).toString());
        DataValue quoted = parse("\"x, y\",\"b \"\"q\"\"\"\n1,2\n");
        assertEquals(Shape.matrix(1, 2), quoted.shape());
        assertEquals(Shape.matrix(1, 1), parse("\"x, y\",\"b \"\"q\"\"\"\n1,2\n", "b \"q\"").shape());
        assertEquals(Shape.matrix(0, 2), parse("a,b\n").shape());
    }

    @Test
    void cellErrorsSayWhereAndWhat() {
        assertError("t.csv:3:3: Y: \"x\" in column b is not a number", () -> parse("a,b\n1,2\n3,x\n"));
        assertError("t.csv:2:3: Y: \"1d\" in column b is not a number", () -> parse("a,b\n1,1d\n"));
        assertError("t.csv:2:1: Y: \"0x10\" in column a is not a number", () -> parse("a,b\n0x10,1\n"));
        assertError("t.csv:2:3: Y: empty cell in column b", () -> parse("a,b\n1,\n"));
        assertError("t.csv:2:1: Y: empty cell in column a", () -> parse("a,b\n,1\n"));
        assertError("t.csv:2:3: Y: \"NaN\" in column b is a missing value", () -> parse("a,b\n1,NaN\n"));
        assertError("t.csv:3:4: Y: \"NA\" in column b is a missing value", () -> parse("a,b\n1,2\n3, NA\n"));
        assertError("t.csv:3:3: Y: \"setosa\" in column species is not a number",
                () -> parse("x,species\n1,0\n2,setosa\n"));
    }

    @Test
    void raggedRowsAndMalformedQuotes() {
        assertError("t.csv:3:4: Y: row 2 has 2 cells; the header has 3", () -> parse("a,b,c\n1,2,3\n4,5\n"));
        assertError("t.csv:2:5: Y: row 1 has 3 cells; the header has 2", () -> parse("a,b\n1,2,3\n"));
        assertError("t.csv:4:2: Y: row 2 has 1 cell; the header has 2", () -> parse("a,b\n1,2\n\n7\n", "a"));
        assertError("t.csv:2:1: Y: a quoted cell has no closing quote on its line", () -> parse("a,b\n\"1,2\n"));
        assertError("t.csv:2:4: Y: unexpected text after a closing quote", () -> parse("a\n\"1\"x\n"));
    }

    @Test
    void columnsAreFoundByName() {
        assertError("t.csv:1:1: Y: t.csv has no column \"sepal\"; its columns are sepal_length, petal_length, species",
                () -> parse("sepal_length,petal_length,species\n1,2,0\n", "sepal"));
        assertError("t.csv:1:1: Y: column \"a\" appears twice in the header (columns 1 and 3)",
                () -> parse("a,b,a\n1,2,3\n", "a"));
        assertEquals(Shape.matrix(1, 1), parse("a,b,a\n1,2,3\n", "b").shape());
        assertError("t.csv:1:1: Y: the file is empty; expected a header row", () -> parse(""));
        assertError("t.csv:1:1: Y: the file is empty; expected a header row", () -> parse("\n  \n"));
    }

    @Test
    void standardisationErrors() {
        assertError("t.csv:1:1: Y: cannot standardise 1 row; it takes at least 2", () -> standardised("a\n1\n"));
        assertError("t.csv:1:1: Y: cannot standardise column b: every value is 3",
                () -> standardised("a,b\n1,3\n2,3\n"));
        assertError("t.csv:3:1: Y: cannot standardise column a: it holds -inf", () -> standardised("a\n1\n-inf\n"));
    }

    @Test
    void irisWithColumnsSelectedAndStandardised() {
        Path iris = SharedData.folder("iris.csv");
        List<String> columns = List.of("petal_width", "sepal_length");
        DataValue raw = CsvDataReader.read("Y", iris, "iris.csv", columns, false);
        assertEquals(Shape.matrix(150, 2), raw.shape());
        assertArrayEquals(new double[] {0.2, 5.1}, new double[] {raw.values()[0], raw.values()[1]}, 0);
        assertFalse(raw.integer());
        DataValue species = CsvDataReader.read("species", iris, "iris.csv", List.of("species"), false);
        assertTrue(species.integer());
        assertEquals(Shape.vector(150), species.withShape(Shape.vector(150)).shape());
        assertEquals(Shape.matrix(150, 5), CsvDataReader.read("Y", iris, "iris.csv", List.of(), false).shape());

        DataValue z = CsvDataReader.read("Y", iris, "iris.csv", columns, true);
        assertFalse(z.integer());
        for (int j = 0; j < 2; j++) {
            double[] x = column(raw, j), s = column(z, j);
            double mean = new Mean().evaluate(x), sd = new StandardDeviation(true).evaluate(x);
            assertEquals(0.0, new Mean().evaluate(s), 1e-14, "mean of standardised column " + j);
            assertEquals(1.0, new StandardDeviation(true).evaluate(s), 1e-14, "sd (n - 1) of standardised column " + j);
            for (int i = 0; i < x.length; i++) assertEquals((x[i] - mean) / sd, s[i], 1e-13);
        }
        DataError e = assertThrows(DataError.class,
                () -> CsvDataReader.read("Y", iris, "iris.csv", List.of("sepal"), false));
        assertEquals("iris.csv:1:1: Y: iris.csv has no column \"sepal\"; its columns are sepal_length, sepal_width,"
                + " petal_length, petal_width, species", e.getMessage());
    }

    private static double[] column(DataValue v, int j) {
        int rows = v.shape().dim(0), cols = v.shape().dim(1);
        double[] c = new double[rows];
        for (int i = 0; i < rows; i++) c[i] = v.values()[i * cols + j];
        return c;
    }

    @Test
    void aMissingFileIsNamed() {
        DataError e = assertThrows(DataError.class, () -> CsvDataReader.read(CsvSpec.parse("Y=nope.csv:a"), false));
        assertEquals("nope.csv: Y: no such file", e.getMessage());
    }
}
