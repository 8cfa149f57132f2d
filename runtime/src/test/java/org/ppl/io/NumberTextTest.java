package org.ppl.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

class NumberTextTest {
    private static void assertSameAsJava(String s) {
        assertTrue(NumberText.isDecimal(s, 0, s.length()), s);
        double expected = Double.parseDouble(s);
        double actual = NumberText.parse(s, 0, s.length());
        assertEquals(Double.doubleToRawLongBits(expected), Double.doubleToRawLongBits(actual),
                s + ": " + actual + " against " + expected);
    }

    @Test
    void parsesExactlyAsJavaDoes() {
        String[] fixed = {"0", "-0", "0.0", "1", "-1", "+1", ".5", "5.", "7.99260665240021", "0.1", "0.3", "-2.5e-1",
            "1e22", "1e23", "1e-22", "1e-23", "9007199254740992", "9007199254740993", "123456789012345678901234",
            "0.000000000000000000000000001", "4.9e-324", "1.7976931348623157e308", "1e400", "1e-400", "2.2250738585072014E-308",
            "1E+5", "3.14159265358979323846", "100000000000000000000000000000000e-32"};
        for (String s : fixed) assertSameAsJava(s);
        Random r = new Random(3);
        for (int k = 0; k < 40_000; k++) {
            StringBuilder sb = new StringBuilder();
            if (r.nextBoolean()) sb.append('-');
            int whole = r.nextInt(12), fraction = r.nextInt(12);
            for (int i = 0; i < whole; i++) sb.append((char) ('0' + r.nextInt(10)));
            if (whole == 0 || r.nextBoolean()) {
                sb.append('.');
                for (int i = 0; i < Math.max(1, fraction); i++) sb.append((char) ('0' + r.nextInt(10)));
            }
            if (r.nextInt(3) == 0) sb.append('e').append(r.nextInt(60) - 30);
            assertSameAsJava(sb.toString());
        }
    }

    @Test
    void grammars() {
        for (String ok : new String[] {"0", "-0", "12", "-1.5", "1e5", "1E-5", "0.5e+3"}) {
            assertTrue(NumberText.isJsonNumber(ok, 0, ok.length()), ok);
        }
        for (String bad : new String[] {"", "-", "01", "1.", ".5", "+1", "1e", "1e+", "--1", "1.2.3", "0x10", "1d"}) {
            assertFalse(NumberText.isJsonNumber(bad, 0, bad.length()), bad);
        }
        for (String ok : new String[] {"+1", ".5", "5.", "-.5e3", "12"}) assertTrue(NumberText.isDecimal(ok, 0, ok.length()), ok);
        for (String bad : new String[] {"", ".", "+", "1e", "e5", "1d", "0x1p3", "1,5", "1 2", "NaN"}) {
            assertFalse(NumberText.isDecimal(bad, 0, bad.length()), bad);
        }
        assertEquals(Double.NEGATIVE_INFINITY, NumberText.special(" -Inf "));
        assertEquals(Double.POSITIVE_INFINITY, NumberText.special("+infinity"));
        assertTrue(NumberText.special("NAN").isNaN());
        assertNull(NumberText.special("-nan"));
        assertNull(NumberText.special("infinite"));
    }
}
