package org.ppl.compiler.syntax;

import org.antlr.v4.runtime.DefaultErrorStrategy;
import org.antlr.v4.runtime.InputMismatchException;
import org.antlr.v4.runtime.NoViableAltException;
import org.antlr.v4.runtime.Parser;
import org.antlr.v4.runtime.RecognitionException;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.TokenStream;
import org.antlr.v4.runtime.misc.IntervalSet;
import org.ppl.compiler.diag.Diagnostics;
import org.ppl.compiler.diag.SyntaxDiagnostic;
import org.ppl.compiler.source.SourceFile;
import org.ppl.compiler.source.SourceSpan;
import org.ppl.grammar.PplParser;

/**
 * ANTLR's error strategy with the project's own reports: the first syntax error of one parse
 * becomes a located {@link SyntaxDiagnostic}, never console output. Errors after the first are
 * not kept: while ANTLR recovers they are mostly echoes of the first, and a wrong echo misleads
 * more than a missing error. {@link EveryStatementError} finds the later ones by parsing again
 * without the broken statement.
 */
final class SyntaxErrors extends DefaultErrorStrategy {
    private final SourceFile source;
    private final Diagnostics diagnostics = new Diagnostics();
    private int errors;
    private Token offending;

    SyntaxErrors(SourceFile source) {
        this.source = source;
    }

    @Override
    protected void reportNoViableAlternative(Parser recognizer, NoViableAltException e) {
        report(recognizer, e.getOffendingToken(), expectedAt(recognizer, e));
    }

    @Override
    protected void reportInputMismatch(Parser recognizer, InputMismatchException e) {
        report(recognizer, e.getOffendingToken(), expectedAt(recognizer, e));
    }

    @Override
    protected void reportUnwantedToken(Parser recognizer) {
        if (inErrorRecoveryMode(recognizer)) return;
        beginErrorCondition(recognizer);
        report(recognizer, recognizer.getCurrentToken(), getExpectedTokens(recognizer));
    }

    @Override
    protected void reportMissingToken(Parser recognizer) {
        if (inErrorRecoveryMode(recognizer)) return;
        beginErrorCondition(recognizer);
        report(recognizer, recognizer.getCurrentToken(), getExpectedTokens(recognizer));
    }

    private static IntervalSet expectedAt(Parser recognizer, RecognitionException e) {
        IntervalSet set = e.getExpectedTokens();
        return set != null ? set : recognizer.getExpectedTokens();
    }

    /** Whether any syntax error was met. */
    boolean failed() {
        return errors > 0;
    }

    /** The token at which the first error was met, or null. */
    Token offending() {
        return offending;
    }

    /** The report of the first error, or null. */
    SyntaxDiagnostic first() {
        return diagnostics.count() == 0 ? null : (SyntaxDiagnostic) diagnostics.sorted().get(0);
    }

    private void report(Parser recognizer, Token token, IntervalSet expected) {
        if (errors++ > 0) return;
        offending = token;
        SourceSpan span = span(token, recognizer);
        switch (token.getType()) {
            case PplParser.BAD_INDENT:
                diagnostics.report(new SyntaxDiagnostic.InconsistentIndentation(span));
                break;
            case PplParser.UNTERMINATED_STRING:
                diagnostics.report(new SyntaxDiagnostic.UnterminatedString(span));
                break;
            case PplParser.INDENT:
                diagnostics.report(new SyntaxDiagnostic.UnexpectedToken(span, "indentation", ""));
                break;
            default:
                diagnostics.report(new SyntaxDiagnostic.UnexpectedToken(span, TokenWords.found(token), TokenWords.expected(expected)));
        }
    }

    /**
     * The span of a token. The end of the file, and a layout token made at the end of the file,
     * are shown just after the last real token (not after trailing comments).
     */
    SourceSpan span(Token token, Parser recognizer) {
        if (token.getType() == Token.EOF || token.getStartIndex() >= source.text().length()) {
            TokenStream tokens = recognizer.getInputStream();
            for (int i = token.getTokenIndex() - 1; i >= 0; i--) {
                Token t = tokens.get(i);
                if (t.getStopIndex() >= t.getStartIndex() && t.getType() != PplParser.NEWLINE) {
                    return new SourceSpan(source, t.getStopIndex() + 1, t.getStopIndex() + 1);
                }
            }
            return new SourceSpan(source, 0, 0);
        }
        int start = Math.max(0, token.getStartIndex());
        int end = Math.max(start, token.getStopIndex() + 1);
        return new SourceSpan(source, Math.min(start, source.text().length()), Math.min(end, source.text().length()));
    }
}
