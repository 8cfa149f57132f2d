package org.ppl.io;

/**
 * The line and column of every element of a value, kept packed (one {@code long} per element) so a
 * binding error can point at the one bad number of a large file at the cost of 8 bytes an element.
 */
public final class ElementLocations {
    private final String file;
    private final long[] packed;

    ElementLocations(String file, long[] packed) {
        this.file = file;
        this.packed = packed;
    }

    static long pack(int line, int column) {
        return ((long) line << 32) | (column & 0xffffffffL);
    }

    public int size() {
        return packed.length;
    }

    /** The location of element {@code index} (row-major, zero-based). */
    public SourceLocation of(int index) {
        long p = packed[index];
        return new SourceLocation(file, (int) (p >>> 32), (int) p);
    }
}
