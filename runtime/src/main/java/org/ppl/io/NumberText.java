package org.ppl.io;

/**
 * The spellings of numbers the readers accept, checked by hand because {@link Double#parseDouble}
 * also takes Java's own forms ({@code 1d}, {@code 0x1p3}) that a data file must not contain.
 */
final class NumberText {
    private NumberText() {}

    /**
     * The value of CmdStan's words for special numbers, case-insensitively: {@code inf}, {@code
     * infinity} (with an optional sign) and {@code nan}; null for any other text.
     */
    static Double special(String s) {
        String t = s.trim();
        if (t.equalsIgnoreCase("nan")) return Double.NaN;
        double sign = 1;
        if (t.startsWith("-") || t.startsWith("+")) {
            sign = t.charAt(0) == '-' ? -1 : 1;
            t = t.substring(1);
        }
        if (t.equalsIgnoreCase("inf") || t.equalsIgnoreCase("infinity")) return sign * Double.POSITIVE_INFINITY;
        return null;
    }

    /** JSON's number grammar: {@code -?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?}. */
    static boolean isJsonNumber(CharSequence s, int from, int to) {
        int i = from;
        if (i < to && s.charAt(i) == '-') i++;
        if (i >= to) return false;
        if (s.charAt(i) == '0') {
            i++;
        } else {
            int start = i;
            i = digits(s, i, to);
            if (i == start) return false;
        }
        if (i < to && s.charAt(i) == '.') {
            int start = ++i;
            i = digits(s, i, to);
            if (i == start) return false;
        }
        return exponent(s, i, to) == to;
    }

    /**
     * A decimal number as spreadsheets write it: an optional sign, digits with an optional point
     * (digits on at least one side), and an optional exponent.
     */
    static boolean isDecimal(CharSequence s, int from, int to) {
        int i = from;
        if (i < to && (s.charAt(i) == '-' || s.charAt(i) == '+')) i++;
        int start = i;
        i = digits(s, i, to);
        int whole = i - start;
        int fraction = 0;
        if (i < to && s.charAt(i) == '.') {
            int f = ++i;
            i = digits(s, i, to);
            fraction = i - f;
        }
        if (whole + fraction == 0) return false;
        return exponent(s, i, to) == to;
    }

    private static final double[] POWERS_OF_TEN = {
        1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11,
        1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22
    };
    private static final long EXACT_LIMIT = 1L << 53;

    /**
     * The value of a decimal number already known to be well formed ({@link #isJsonNumber} or
     * {@link #isDecimal}). Numbers of at most 15 or so digits with a small exponent, which is what
     * data files hold, take Clinger's fast path (1990): the digits as an exact integer m < 2^53 and
     * the exponent e with |e| <= 22, so that m * 10^e or m / 10^-e is one correctly rounded
     * operation on exact operands, the same double {@link Double#parseDouble} gives. Others go to
     * {@code parseDouble}. The fast path avoids a substring per number and most of the parse time
     * before the JIT compiler has warmed up.
     */
    static double parse(String s, int from, int to) {
        int i = from;
        boolean negative = false;
        if (s.charAt(i) == '-' || s.charAt(i) == '+') negative = s.charAt(i++) == '-';
        long mantissa = 0;
        int scale = 0;
        boolean exact = true;
        boolean point = false;
        for (; i < to; i++) {
            char c = s.charAt(i);
            if (c == '.') {
                point = true;
                continue;
            }
            if (c < '0' || c > '9') break;
            if (mantissa >= EXACT_LIMIT / 10) {
                exact = false;
                break;
            }
            mantissa = 10 * mantissa + (c - '0');
            if (point) scale--;
        }
        if (exact && i < to) {
            int e = 0;
            int j = i + 1;
            boolean negativeExponent = false;
            if (s.charAt(j) == '-' || s.charAt(j) == '+') negativeExponent = s.charAt(j++) == '-';
            for (; j < to && e < 1000; j++) e = 10 * e + (s.charAt(j) - '0');
            if (j < to) exact = false;
            scale += negativeExponent ? -e : e;
        }
        if (!exact || scale < -22 || scale > 22 || mantissa > EXACT_LIMIT) {
            return Double.parseDouble(s.substring(from, to));
        }
        double m = negative ? -(double) mantissa : (double) mantissa;
        return scale < 0 ? m / POWERS_OF_TEN[-scale] : m * POWERS_OF_TEN[scale];
    }

    /** Whether a number already known to be well formed is written as an integer. */
    static boolean isIntegerText(CharSequence s, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c == '.' || c == 'e' || c == 'E') return false;
        }
        return true;
    }

    private static int digits(CharSequence s, int i, int to) {
        while (i < to && s.charAt(i) >= '0' && s.charAt(i) <= '9') i++;
        return i;
    }

    /** The end of an optional exponent starting at {@code i}, or -1 when it is malformed. */
    private static int exponent(CharSequence s, int i, int to) {
        if (i >= to || (s.charAt(i) != 'e' && s.charAt(i) != 'E')) return i;
        i++;
        if (i < to && (s.charAt(i) == '+' || s.charAt(i) == '-')) i++;
        int start = i;
        i = digits(s, i, to);
        return i == start ? -1 : i;
    }
}
