package org.ppl.io.stancsv;

/**
 * Numbers as Stan CSV writes them: integers without a decimal point, other values with enough
 * digits to read back exactly, and {@code nan}, {@code inf}, {@code -inf} as C prints them.
 */
public final class StanCsvNumbers {
    private StanCsvNumbers() {}

    public static String format(double x) {
        if (Double.isNaN(x)) return "nan";
        if (x == Double.POSITIVE_INFINITY) return "inf";
        if (x == Double.NEGATIVE_INFINITY) return "-inf";
        if (x == Math.rint(x) && Math.abs(x) < 1e15) {
            if (x == 0 && 1 / x < 0) return "-0";
            return Long.toString((long) x);
        }
        return Double.toString(x);
    }

    /** Reads what {@link #format} and CmdStan write (also {@code NaN}, {@code Inf}, {@code -nan}). */
    public static double parse(String s) {
        String t = s.trim();
        switch (t.toLowerCase(java.util.Locale.ROOT)) {
            case "nan":
            case "-nan":
            case "na":
                return Double.NaN;
            case "inf":
            case "+inf":
            case "infinity":
                return Double.POSITIVE_INFINITY;
            case "-inf":
            case "-infinity":
                return Double.NEGATIVE_INFINITY;
            default:
                return Double.parseDouble(t);
        }
    }
}
