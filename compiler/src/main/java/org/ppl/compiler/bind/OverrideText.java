package org.ppl.compiler.bind;

import java.util.regex.Pattern;

/** The VALUE of {@code --set NAME=VALUE}: a number as a person types it ({@code 3}, {@code -0.5}, {@code 1e-3}, {@code inf}). */
final class OverrideText {
    private static final Pattern NUMBER = Pattern.compile("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?");

    private OverrideText() {}

    /** The number {@code text} spells, or null when it is not one. */
    static Double parse(String text) {
        String t = text.strip();
        if (t.equalsIgnoreCase("inf") || t.equalsIgnoreCase("+inf")) return Double.POSITIVE_INFINITY;
        if (t.equalsIgnoreCase("-inf")) return Double.NEGATIVE_INFINITY;
        if (t.equalsIgnoreCase("nan")) return Double.NaN;
        if (!NUMBER.matcher(t).matches()) return null;
        return Double.parseDouble(t);
    }
}
