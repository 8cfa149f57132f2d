package org.ppl.compiler.bind;

import java.util.function.IntFunction;
import org.ppl.ad.Shape;
import org.ppl.io.DataValue;

/**
 * A data item's value before it is checked against its declaration, with where it came from:
 * {@code where} is the place errors about the whole value point at (a data file's
 * {@code file:line:col}, a {@code --set} argument, or null for a default, whose place is the
 * model), {@code at} the place of element i, and {@code origin} a phrase for other messages.
 */
record RawValue(Shape shape, double[] values, String where, IntFunction<String> at, String origin) {
    static RawValue of(DataValue v) {
        String where = v.where() == null ? null : v.where().toString();
        IntFunction<String> at = i -> v.locationOf(i) == null ? where : v.locationOf(i).toString();
        return new RawValue(v.shape(), v.values(), where, at, where == null ? "the data" : where);
    }

    static RawValue override(double value, String argument) {
        return new RawValue(Shape.SCALAR, new double[] {value}, argument, i -> argument, argument);
    }

    static RawValue defaultValue(Shape shape, double[] values) {
        return new RawValue(shape, values, null, i -> null, "the default");
    }

    /** The same elements seen with another shape (a CSV column as a vector). */
    RawValue withShape(Shape s) {
        return new RawValue(s, values, where, at, origin);
    }
}
