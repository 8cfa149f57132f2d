package org.ppl.compiler.diag;

import org.ppl.compiler.source.SourceFile;
import org.ppl.compiler.source.SourceSpan;

/**
 * Turns a diagnostic into the text a user reads:
 *
 * <pre>
 * model.ppl:3:16: error: unknown name 'sigmma'; did you mean 'sigma'?
 *     3 | y ~ Normal(mu, sigmma)
 *       |                ^^^^^^
 * </pre>
 *
 * The carets cover the culprit on its first line (one caret for an empty span, e.g. the end of the
 * file). Tabs of the source line are repeated under it so the carets stay aligned. An error whose
 * culprit is in the data ({@link DataDiagnostic#where}) is headed by that place, and the model's
 * declaration follows as a note:
 *
 * <pre>
 * data.json:3:8: error: data item 'y' has shape (7,), but the model declares ...
 * model.ppl:3:6: note: declared here
 *     3 | data y: vector[J]
 *       |      ^
 * </pre>
 */
public final class DiagnosticRenderer {
    private DiagnosticRenderer() {}

    public static String render(Diagnostic d) {
        SourceSpan span = d.span();
        StringBuilder sb = new StringBuilder();
        String where = d instanceof DataDiagnostic data ? data.where() : null;
        if (where != null) {
            sb.append(where).append(": error: ").append(d.message()).append('\n');
            if (span == null) return sb.toString();
            sb.append(span).append(": note: declared here\n");
        } else {
            sb.append(span).append(": error: ").append(d.message()).append('\n');
        }
        snippet(span, sb);
        return sb.toString();
    }

    /** The line of {@code span} with carets under it. */
    private static void snippet(SourceSpan span, StringBuilder sb) {
        SourceFile file = span.file();
        int line = span.line();
        int column = span.column();
        String text = file.lineText(line);
        String number = Integer.toString(line);
        String gutter = " ".repeat(number.length());
        sb.append("    ").append(number).append(" | ").append(text).append('\n');
        sb.append("    ").append(gutter).append(" | ");
        for (int i = 0; i < column - 1 && i < text.length(); i++) sb.append(text.charAt(i) == '\t' ? '\t' : ' ');
        for (int i = text.length(); i < column - 1; i++) sb.append(' ');
        int lineEnd = file.lineStart(line) + text.length();
        int carets = Math.max(1, Math.min(span.end(), lineEnd) - span.start());
        sb.append("^".repeat(carets)).append('\n');
    }

    /** Only the first line: {@code file:line:col: error: message}. */
    public static String headline(Diagnostic d) {
        String where = d instanceof DataDiagnostic data ? data.where() : null;
        return (where != null ? where : d.span().toString()) + ": error: " + d.message();
    }
}
