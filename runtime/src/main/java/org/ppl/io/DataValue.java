package org.ppl.io;

import org.ppl.ad.Shape;

/**
 * One named data value as read from a file: its shape (NumPy's: {@code ()} for a number, {@code
 * (n,)} for a flat array, {@code (n, m)} for an array of rows, and so on), its elements row-major,
 * whether every element was written as an integer, and where it came from. The data binding checks
 * it against a declaration and reports a mismatch with {@link #error} or, for one bad element,
 * {@link #errorAt}.
 *
 * @param name the name the value is bound to ({@code y}, or the NAME of {@code NAME=FILE.csv})
 * @param values the elements, row-major; not copied, so not to be changed
 * @param integer whether every element was written as an integer ({@code 3}, not {@code 3.0}); an
 *     empty array counts as integer, so it binds to both {@code int[0]} and {@code vector[0]}
 * @param where the start of the value in its file
 * @param elements the location of each element, or null when not known
 */
public record DataValue(String name, Shape shape, double[] values, boolean integer, SourceLocation where,
        ElementLocations elements) {
    public DataValue {
        if (values.length != shape.size()) {
            throw new IllegalArgumentException(name + ": " + values.length + " values for shape " + shape);
        }
        if (elements != null && elements.size() != values.length) {
            throw new IllegalArgumentException(name + ": " + elements.size() + " locations for " + values.length + " values");
        }
    }

    /** A number given outside a file ({@code --set Q=3}, a default). */
    public static DataValue scalar(String name, double value, boolean integer, SourceLocation where) {
        return new DataValue(name, Shape.SCALAR, new double[] {value}, integer, where, null);
    }

    /** The location of element {@code index}, or of the whole value when elements are not located. */
    public SourceLocation locationOf(int index) {
        return elements == null ? where : elements.of(index);
    }

    /** The same elements seen with another shape of the same size (a CSV column as a vector). */
    public DataValue withShape(Shape newShape) {
        if (newShape.size() != shape.size()) {
            throw new IllegalArgumentException(name + ": cannot view shape " + shape + " as " + newShape);
        }
        return new DataValue(name, newShape, values, integer, where, elements);
    }

    /** An error about the whole value: {@code data.json:4:10: y: <detail>}. */
    public DataError error(String detail) {
        return new DataError(where, name + ": " + detail);
    }

    /** An error about one element, at that element's location when it is known. */
    public DataError errorAt(int index, String detail) {
        return new DataError(locationOf(index), name + ": " + detail);
    }

    @Override
    public String toString() {
        String at = where == null ? "" : where.toString();
        return name + ": " + (integer ? "int " : "real ") + shape + (at.isEmpty() ? "" : " at " + at);
    }
}
