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
