package org.ppl.compiler.syntax;

import org.antlr.v4.runtime.DefaultErrorStrategy;
import org.antlr.v4.runtime.InputMismatchException;
import org.antlr.v4.runtime.NoViableAltException;
import org.antlr.v4.runtime.Parser;
import org.antlr.v4.runtime.RecognitionException;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.misc.IntervalSet;
import org.ppl.compiler.diag.Diagnostics;
import org.ppl.compiler.diag.SyntaxDiagnostic;
import org.ppl.compiler.source.SourceFile;
import org.ppl.compiler.source.SourceSpan;
import org.ppl.grammar.PplParser;

/**
 * ANTLR's error recovery with the project's own reports: each syntax error becomes a located
 * {@link SyntaxDiagnostic} in the collector, never console output. Only the first error of a line
 * is kept, since the later ones are usually echoes of it while the parser recovers.
 */
final class SyntaxErrors extends DefaultErrorStrategy {
    private final SourceFile source;
    private final Diagnostics diagnostics;
    private int lastLine = -1;
    private int errors;

    SyntaxErrors(SourceFile source, Diagnostics diagnostics) {
        this.source = source;
        this.diagnostics = diagnostics;
    }

    @Override
    protected void reportNoViableAlternative(Parser recognizer, NoViableAltException e) {
        report(e.getOffendingToken(), expectedAt(recognizer, e));
    }

    @Override
    protected void reportInputMismatch(Parser recognizer, InputMismatchException e) {
        report(e.getOffendingToken(), expectedAt(recognizer, e));
    }

    @Override
    protected void reportUnwantedToken(Parser recognizer) {
        if (inErrorRecoveryMode(recognizer)) return;
        beginErrorCondition(recognizer);
        report(recognizer.getCurrentToken(), getExpectedTokens(recognizer));
    }

    @Override
    protected void reportMissingToken(Parser recognizer) {
        if (inErrorRecoveryMode(recognizer)) return;
        beginErrorCondition(recognizer);
        report(recognizer.getCurrentToken(), getExpectedTokens(recognizer));
    }

    private static IntervalSet expectedAt(Parser recognizer, RecognitionException e) {
        IntervalSet set = e.getExpectedTokens();
        return set != null ? set : recognizer.getExpectedTokens();
    }

    /** Whether any syntax error was met (reported or folded into an earlier one of its line). */
    boolean failed() {
        return errors > 0;
    }

    private void report(Token token, IntervalSet expected) {
        errors++;
        SourceSpan span = span(token);
        int line = span.line();
        if (line == lastLine) return;
        lastLine = line;
        switch (token.getType()) {
            case PplParser.BAD_INDENT:
                diagnostics.report(new SyntaxDiagnostic.InconsistentIndentation(span));
                break;
            case PplParser.UNTERMINATED_STRING:
                diagnostics.report(new SyntaxDiagnostic.UnterminatedString(span));
                break;
            default:
                diagnostics.report(new SyntaxDiagnostic.UnexpectedToken(span, TokenWords.found(token), TokenWords.expected(expected)));
        }
    }

    /** The span of a token; the end of the file is shown just after the last visible character. */
    SourceSpan span(Token token) {
        if (token.getType() == Token.EOF) return source.endOfText();
        int start = Math.max(0, token.getStartIndex());
        int end = Math.max(start, token.getStopIndex() + 1);
        return new SourceSpan(source, Math.min(start, source.text().length()), Math.min(end, source.text().length()));
    }
}
