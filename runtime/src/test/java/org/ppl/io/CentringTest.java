package org.ppl.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import org.junit.jupiter.api.Test;

class CentringTest {
    @Test
    void eachColumnLosesItsMeanAndKeepsItsScale() {
        DataValue v = CsvDataReader.parse("Y", "a,b\n1,10\n2,30\n6,20\n", "t.csv", List.of(), false);
        // means 3 and 20
        assertArrayEquals(new double[] {-2, -10, -1, 10, 3, 0}, Centring.columns(v).values(), 1e-15);
    }

    @Test
    void aScalarIsLeftAlone() {
        DataValue s = DataValue.scalar("Q", 2, true, SourceLocation.file("x.json"));
        assertSame(s, Centring.columns(s));
    }
}
