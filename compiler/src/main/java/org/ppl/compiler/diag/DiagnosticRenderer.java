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
 * file). Tabs of the source line are repeated under it so the carets stay aligned.
 */
public final class DiagnosticRenderer {
    private DiagnosticRenderer() {}

    public static String render(Diagnostic d) {
        SourceSpan span = d.span();
        SourceFile file = span.file();
        int line = span.line();
        int column = span.column();
        String text = file.lineText(line);
        String number = Integer.toString(line);
        String gutter = " ".repeat(number.length());
        StringBuilder sb = new StringBuilder();
        sb.append(file.name()).append(':').append(line).append(':').append(column)
                .append(": error: ").append(d.message()).append('\n');
        sb.append("    ").append(number).append(" | ").append(text).append('\n');
        sb.append("    ").append(gutter).append(" | ");
        for (int i = 0; i < column - 1 && i < text.length(); i++) sb.append(text.charAt(i) == '\t' ? '\t' : ' ');
        for (int i = text.length(); i < column - 1; i++) sb.append(' ');
        int lineEnd = file.lineStart(line) + text.length();
        int carets = Math.max(1, Math.min(span.end(), lineEnd) - span.start());
        sb.append("^".repeat(carets)).append('\n');
        return sb.toString();
    }

    /** Only the first line: {@code file:line:col: error: message}. */
    public static String headline(Diagnostic d) {
        SourceSpan span = d.span();
        return span.file().name() + ":" + span.line() + ":" + span.column() + ": error: " + d.message();
    }
}
