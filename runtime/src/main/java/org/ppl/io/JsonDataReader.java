package org.ppl.io;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.ppl.ad.Shape;

/**
 * Reads CmdStan-style JSON data: one object whose keys are data names and whose values are numbers
 * or nested arrays of numbers (a matrix is an array of rows; an array of matrices one level deeper).
 * Integers (written without a point or exponent) are kept as integers; CmdStan's strings {@code
 * "inf"}, {@code "-inf"}, {@code "Infinity"}, {@code "NaN"} (any case) and the bare {@code NaN},
 * {@code Infinity}, {@code -Infinity} some writers emit are numbers; an empty array keeps its shape
 * ({@code []} is (0,), {@code [[], []]} is (2, 0)).
 *
 * <p>The parser is written by hand (recursive descent over the text) rather than taken from a JSON
 * library, for two reasons: every value and every element must carry its line and column, so a
 * binding error can say {@code data.json:4:10: y: ...}; and it keeps the command's cold start small
 * (no library to load and initialise).
 */
public final class JsonDataReader {
    /** Deeper nesting than any data needs; it bounds the parser's recursion on hostile input. */
    private static final int MAX_DEPTH = 64;
    private static final int[] SCALAR = new int[0];

    private final JsonCursor in;
    private double[] values = new double[64];
    private long[] positions = new long[64];
    private int count;
    private boolean allInteger;
    private String name;
    private final int[] rowPath = new int[MAX_DEPTH];

    private JsonDataReader(String text, String file) {
        this.in = new JsonCursor(text, file);
    }

    /** Reads a file; locations name it as {@code file.toString()}. */
    public static DataSet read(Path file) {
        String shown = file.toString();
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new DataError(SourceLocation.file(shown), "no such file");
        } catch (IOException e) {
            throw new DataError(SourceLocation.file(shown), "cannot read the file: " + e.getMessage());
        }
        return parse(text, shown);
    }

    /** Parses JSON text; {@code file} names it in locations. */
    public static DataSet parse(String text, String file) {
        return new JsonDataReader(text, file).document();
    }

    private DataSet document() {
        in.skipWhitespace();
        if (!in.at('{')) throw in.expected("'{' to start the data object");
        in.pos++;
        List<DataValue> result = new ArrayList<>();
        in.skipWhitespace();
        if (in.at('}')) {
            in.pos++;
        } else {
            while (true) {
                in.skipWhitespace();
                if (!in.at('"')) throw in.expected("a name in double quotes");
                String key = in.string();
                in.skipWhitespace();
                if (!in.at(':')) throw in.expected("':' after the name \"" + key + "\"");
                in.pos++;
                in.skipWhitespace();
                result.add(value(key));
                in.skipWhitespace();
                if (in.at(',')) {
                    in.pos++;
                } else if (in.at('}')) {
                    in.pos++;
                    break;
                } else {
                    throw in.expected("',' or '}'");
                }
            }
        }
        in.skipWhitespace();
        if (!in.atEnd()) throw in.expected("the end of the file after the data object");
        return DataSet.of(result);
    }

    private DataValue value(String key) {
        name = key;
        count = 0;
        allInteger = true;
        SourceLocation where = in.here();
        int[] dims = element(0);
        double[] v = Arrays.copyOf(values, count);
        long[] p = Arrays.copyOf(positions, count);
        return new DataValue(key, Shape.of(dims), v, allInteger, where, new ElementLocations(in.file, p));
    }

    /** A number or an array; returns its dimensions (none for a number). */
    private int[] element(int depth) {
        if (in.at('[')) return array(depth);
        number();
        return SCALAR;
    }

    private int[] array(int depth) {
        if (depth == MAX_DEPTH) throw new DataError(in.here(), name + ": arrays nested deeper than " + MAX_DEPTH);
        in.pos++;
        in.skipWhitespace();
        if (in.at(']')) {
            in.pos++;
            return new int[] {0};
        }
        int rows = 0;
        int[] first = null;
        while (true) {
            in.skipWhitespace();
            SourceLocation rowStart = in.here();
            rowPath[depth] = ++rows;
            int[] dims = element(depth + 1);
            if (first == null) {
                first = dims;
            } else if (!Arrays.equals(first, dims)) {
                throw new DataError(rowStart, name + rowPrefix(depth) + ": row " + rows + " " + describe(dims)
                        + "; row 1 " + describeAgain(first, dims));
            }
            in.skipWhitespace();
            if (in.at(',')) {
                in.pos++;
            } else if (in.at(']')) {
                in.pos++;
                break;
            } else {
                throw in.expected("',' or ']'");
            }
        }
        int[] dims = new int[first.length + 1];
        dims[0] = rows;
        System.arraycopy(first, 0, dims, 1, first.length);
        return dims;
    }

    /** ", row 2" for each enclosing array of a nested mismatch. */
    private String rowPrefix(int depth) {
        StringBuilder sb = new StringBuilder();
        for (int d = 0; d < depth; d++) sb.append(", row ").append(rowPath[d]);
        return sb.toString();
    }

    private static String describe(int[] dims) {
        if (dims.length == 0) return "is a number";
        if (dims.length == 1) return "has " + dims[0] + (dims[0] == 1 ? " element" : " elements");
        return "has shape " + Shape.of(dims);
    }

    /** The first row's description, without repeating "elements" after "has n elements". */
    private static String describeAgain(int[] first, int[] other) {
        if (first.length == 1 && other.length == 1) return "has " + first[0];
        return describe(first);
    }

    private void number() {
        int line = in.line(), column = in.column();
        char c = in.peek();
        if (c == '-' || (c >= '0' && c <= '9')) {
            int start = in.pos;
            if (c == '-' && in.pos + 1 < in.text.length() && in.text.charAt(in.pos + 1) == 'I') {
                in.pos++;
                special(in.word(), "-", line, column);
                return;
            }
            while (!in.atEnd() && isNumberChar(in.peek())) in.pos++;
            if (!NumberText.isJsonNumber(in.text, start, in.pos)) {
                throw new DataError(in.file, line, column,
                        name + ": malformed number '" + in.text.substring(start, in.pos) + "'");
            }
            boolean integer = NumberText.isIntegerText(in.text, start, in.pos);
            append(NumberText.parse(in.text, start, in.pos), integer, line, column);
        } else if (c == '"') {
            String s = in.string();
            Double v = NumberText.special(s);
            if (v == null) {
                throw new DataError(in.file, line, column, name + ": expected a number, found the string \"" + s + "\"");
            }
            append(v, false, line, column);
        } else if (Character.isLetter(c)) {
            special(in.word(), "", line, column);
        } else if (c == '{') {
            throw new DataError(in.file, line, column, name + ": expected a number, found an object");
        } else {
            throw in.expected("a number or an array");
        }
    }

    /** A bare word: NaN and Infinity are numbers; true, false and null are not; others are malformed. */
    private void special(String word, String sign, int line, int column) {
        if (word.equals("NaN") && sign.isEmpty()) {
            append(Double.NaN, false, line, column);
        } else if (word.equals("Infinity")) {
            append(sign.isEmpty() ? Double.POSITIVE_INFINITY : Double.NEGATIVE_INFINITY, false, line, column);
        } else if (sign.isEmpty() && (word.equals("true") || word.equals("false") || word.equals("null"))) {
            throw new DataError(in.file, line, column, name + ": expected a number, found " + word);
        } else {
            throw new DataError(in.file, line, column, "expected a number or an array but found '" + sign + word + "'");
        }
    }

    private static boolean isNumberChar(char c) {
        return (c >= '0' && c <= '9') || c == '-' || c == '+' || c == '.' || c == 'e' || c == 'E';
    }

    private void append(double v, boolean integer, int line, int column) {
        if (count == values.length) {
            values = Arrays.copyOf(values, 2 * count);
            positions = Arrays.copyOf(positions, 2 * count);
        }
        values[count] = v;
        positions[count] = ElementLocations.pack(line, column);
        count++;
        allInteger &= integer;
    }
}
