package org.ppl.cli;

import java.util.Locale;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

/** Checks of option values; a bad value is a usage error naming the option (exit code 1). */
public final class Checks {
    private Checks() {}

    public static void atLeast(CommandSpec spec, String option, long value, long min) {
        if (value < min) fail(spec, option + " must be at least " + min + ", not " + value);
    }

    /** {@code value} strictly between {@code low} and {@code high}. */
    public static void between(CommandSpec spec, String option, double value, double low, double high) {
        if (!(value > low && value < high)) {
            fail(spec, String.format(Locale.ROOT, "%s must be between %s and %s (exclusive), not %s", option,
                    number(low), number(high), number(value)));
        }
    }

    public static void positive(CommandSpec spec, String option, double value) {
        if (!(value > 0) || Double.isInfinite(value)) fail(spec, option + " must be a positive number, not " + number(value));
    }

    /** A usage error for this command. */
    public static CommandLine.ParameterException fail(CommandSpec spec, String message) {
        throw new CommandLine.ParameterException(spec.commandLine(), message);
    }

    private static String number(double x) {
        return x == Math.rint(x) && Math.abs(x) < 1e15 ? Long.toString((long) x) : Double.toString(x);
    }
}
