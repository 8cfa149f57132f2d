package org.ppl.io;

/**
 * A user error in data: a malformed file, a ragged array, text where a number belongs, and (thrown
 * by the data binding) a value that does not match its declaration. Its message starts with the
 * location, as a compiler's does: {@code data.json:4:10: y: expected a number, found true}.
 */
public final class DataError extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final SourceLocation location;
    private final String detail;

    public DataError(SourceLocation location, String detail) {
        super(render(location, detail), null, false, false);
        this.location = location;
        this.detail = detail;
    }

    /** An error with no place in a file (a malformed command-line argument). */
    public DataError(String detail) {
        this((SourceLocation) null, detail);
    }

    public DataError(String file, int line, int column, String detail) {
        this(new SourceLocation(file, line, column), detail);
    }

    private static String render(SourceLocation location, String detail) {
        String where = location == null ? "" : location.toString();
        return where.isEmpty() ? detail : where + ": " + detail;
    }

    /** Where the error is; null when it has no place (an argument on the command line). */
    public SourceLocation location() {
        return location;
    }

    public String file() {
        return location == null ? null : location.file();
    }

    public int line() {
        return location == null ? 0 : location.line();
    }

    public int column() {
        return location == null ? 0 : location.column();
    }

    /** The message without its location. */
    public String detail() {
        return detail;
    }
}
