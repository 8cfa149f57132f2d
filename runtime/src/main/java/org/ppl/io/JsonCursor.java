package org.ppl.io;

/**
 * A position in JSON text that knows its line and column: whitespace, punctuation, strings and
 * the "expected X but found Y" errors of a hand-written recursive-descent parser.
 */
final class JsonCursor {
    final String text;
    final String file;
    int pos;
    private int line = 1;
    private int lineStart;

    JsonCursor(String text, String file) {
        this.text = text;
        this.file = file;
        // A byte-order mark is not part of the data.
        this.pos = text.startsWith("\uFEFF") ? 1 : 0;
        this.lineStart = pos;
    }

    int line() {
        return line;
    }

    int column() {
        return pos - lineStart + 1;
    }

    SourceLocation here() {
        return new SourceLocation(file, line, column());
    }

    boolean atEnd() {
        return pos >= text.length();
    }

    /** The current character, or 0 at the end. */
    char peek() {
        return pos < text.length() ? text.charAt(pos) : 0;
    }

    boolean at(char c) {
        return pos < text.length() && text.charAt(pos) == c;
    }

    void skipWhitespace() {
        while (pos < text.length()) {
            char c = text.charAt(pos);
            if (c == '\n') {
                line++;
                lineStart = pos + 1;
            } else if (c != ' ' && c != '\t' && c != '\r') {
                return;
            }
            pos++;
        }
    }

    /** "expected ',' or ']' but found '}'", at the current position. */
    DataError expected(String what) {
        return new DataError(here(), "expected " + what + " but found " + found());
    }

    private String found() {
        if (atEnd()) return "the end of the file";
        int end = pos + 1;
        if (Character.isLetterOrDigit(text.charAt(pos))) {
            while (end < text.length() && end - pos < 20 && Character.isLetterOrDigit(text.charAt(end))) end++;
        }
        return "'" + text.substring(pos, end) + "'";
    }

    /** A string whose opening quote is at the current position; leaves the cursor after it. */
    String string() {
        SourceLocation start = here();
        pos++;
        StringBuilder sb = null;
        int from = pos;
        while (true) {
            if (pos >= text.length() || text.charAt(pos) == '\n') {
                throw new DataError(start, "this string has no closing quote");
            }
            char c = text.charAt(pos);
            if (c == '"') break;
            if (c == '\\') {
                if (sb == null) sb = new StringBuilder();
                sb.append(text, from, pos);
                sb.append(escape());
                from = pos;
                continue;
            }
            pos++;
        }
        String s = sb == null ? text.substring(from, pos) : sb.append(text, from, pos).toString();
        pos++;
        return s;
    }

    /** The character of the escape sequence at the current backslash; leaves the cursor after it. */
    private char escape() {
        SourceLocation at = here();
        char c = pos + 1 < text.length() ? text.charAt(pos + 1) : 0;
        pos += 2;
        switch (c) {
            case '"': return '"';
            case '\\': return '\\';
            case '/': return '/';
            case 'b': return '\b';
            case 'f': return '\f';
            case 'n': return '\n';
            case 'r': return '\r';
            case 't': return '\t';
            case 'u':
                if (pos + 4 <= text.length()) {
                    try {
                        char u = (char) Integer.parseInt(text.substring(pos, pos + 4), 16);
                        pos += 4;
                        return u;
                    } catch (NumberFormatException e) {
                        // reported below
                    }
                }
                throw new DataError(at, "expected four hexadecimal digits after \\u");
            default:
                throw new DataError(at, "unknown escape sequence \\" + (c == 0 ? "" : String.valueOf(c)));
        }
    }

    /** The run of letters at the current position (a literal such as true or NaN). */
    String word() {
        int start = pos;
        while (pos < text.length() && Character.isLetter(text.charAt(pos))) pos++;
        return text.substring(start, pos);
    }
}
