package org.ppl.io;

import java.util.Arrays;

/**
 * The cells of one CSV line, split at commas, with RFC 4180 double quotes ({@code "a, b"}, {@code
 * "say ""hi"""}) inside a line. Reused from line to line: {@link #split} refills it.
 */
final class CsvLine {
    private String[] cells = new String[16];
    private int[] columns = new int[16];
    private int count;
    private int length;
    /** After {@link #split} returned a message: the 1-based column it is about. */
    int errorColumn;
    private String problem;

    int count() {
        return count;
    }

    /** The text of cell {@code i}, without surrounding spaces and quotes. */
    String cell(int i) {
        return cells[i];
    }

    /** The 1-based column where cell {@code i}'s text starts. */
    int column(int i) {
        return columns[i];
    }

    /** The column just after the line's last character. */
    int endColumn() {
        return length + 1;
    }

    /**
     * Splits {@code line}. Returns null, or the message of a malformed quote with its column in
     * {@link #errorColumn}.
     */
    String split(String line) {
        count = 0;
        length = line.length();
        problem = null;
        int i = 0;
        while (true) {
            while (i < line.length() && line.charAt(i) == ' ') i++;
            if (i < line.length() && line.charAt(i) == '"') {
                i = quoted(line, i);
                if (i < 0) return problem;
            } else {
                int end = line.indexOf(',', i);
                if (end < 0) end = line.length();
                add(line.substring(i, end).trim(), i + 1);
                i = end;
            }
            if (i >= line.length()) return null;
            i++; // the comma
        }
    }

    /** Adds the quoted cell opening at {@code open}; returns the index after it, or -1 with {@link #problem} set. */
    private int quoted(String line, int open) {
        StringBuilder sb = new StringBuilder();
        int i = open + 1;
        while (true) {
            if (i >= line.length()) return fail(open, "a quoted cell has no closing quote on its line");
            char c = line.charAt(i++);
            if (c != '"') {
                sb.append(c);
            } else if (i < line.length() && line.charAt(i) == '"') {
                sb.append('"');
                i++;
            } else {
                break;
            }
        }
        while (i < line.length() && line.charAt(i) == ' ') i++;
        if (i < line.length() && line.charAt(i) != ',') return fail(i, "unexpected text after a closing quote");
        add(sb.toString(), open + 2);
        return i;
    }

    private int fail(int index, String message) {
        errorColumn = index + 1;
        problem = message;
        return -1;
    }

    private void add(String text, int column) {
        if (count == cells.length) {
            cells = Arrays.copyOf(cells, 2 * count);
            columns = Arrays.copyOf(columns, 2 * count);
        }
        cells[count] = text;
        columns[count] = column;
        count++;
    }
}
