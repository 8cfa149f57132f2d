package org.ppl.io;

/**
 * A place in a data file: 1-based line and column (a column counts characters). Line 0 means the
 * file as a whole (a file that cannot be read); a null file means a place on the command line.
 */
public record SourceLocation(String file, int line, int column) {
    /** The file as a whole. */
    public static SourceLocation file(String file) {
        return new SourceLocation(file, 0, 0);
    }

    /** {@code data.json:4:10}, or {@code data.json} for the whole file. */
    @Override
    public String toString() {
        String f = file == null ? "" : file;
        if (line <= 0) return f;
        return f + ":" + line + ":" + column;
    }
}
