package org.ppl.compiler.source;

/**
 * A range of characters {@code [start, end)} of a source file: where a node of the program came
 * from and where a diagnostic points. Lines and columns are 1-based, as printed.
 */
public record SourceSpan(SourceFile file, int start, int end) implements Comparable<SourceSpan> {
    public SourceSpan {
        if (end < start) throw new IllegalArgumentException("span ends before it starts: " + start + ".." + end);
    }

    public int line() {
        return file.line(start);
    }

    public int column() {
        return file.column(start);
    }

    public int endLine() {
        return file.line(Math.max(start, end - 1));
    }

    public int length() {
        return end - start;
    }

    /** The smallest span covering both. */
    public SourceSpan to(SourceSpan other) {
        return new SourceSpan(file, Math.min(start, other.start), Math.max(end, other.end));
    }

    /** The source text the span covers. */
    public String text() {
        return file.text().substring(start, end);
    }

    @Override
    public int compareTo(SourceSpan o) {
        return start != o.start ? Integer.compare(start, o.start) : Integer.compare(end, o.end);
    }

    /** {@code line:column}, as diagnostics and dumps print it. */
    public String position() {
        return line() + ":" + column();
    }

    @Override
    public String toString() {
        return file.name() + ":" + position();
    }
}
