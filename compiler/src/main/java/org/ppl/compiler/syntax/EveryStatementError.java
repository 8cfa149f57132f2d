package org.ppl.compiler.syntax;

import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.CommonToken;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.ListTokenSource;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.atn.PredictionMode;
import org.ppl.compiler.diag.Diagnostics;
import org.ppl.compiler.diag.SyntaxDiagnostic;
import org.ppl.compiler.source.SourceFile;
import org.ppl.grammar.PplParser;

/**
 * Every syntax error of a file, one per broken statement. ANTLR's own recovery resynchronises
 * inside a statement and reports echoes of the first error; instead, each round parses the
 * tokens, reports the first error, and replaces the logical line that holds it with a harmless
 * statement of the same kind (an assignment, or an {@code if} header when the line opens a
 * block), so that the next round finds the next real error; an unexpected indentation is removed
 * with the dedent that closes it. Rounds stop at the first error that cannot be isolated so: an
 * indentation that matches no enclosing block, or a line left open by a bracket, which runs to the
 * end of the file.
 */
final class EveryStatementError {
    /** More reports than this bury the first ones, which usually explain the rest. */
    static final int MAX_REPORTS = 30;

    private final SourceFile source;
    private final Diagnostics diagnostics;

    EveryStatementError(SourceFile source, Diagnostics diagnostics) {
        this.source = source;
        this.diagnostics = diagnostics;
    }

    /** The tree when the tokens parse; otherwise null, with every error reported. */
    PplParser.ProgramContext parse(List<Token> tokens) {
        List<Token> current = tokens;
        int lastReported = -1;
        for (int round = 0; round < MAX_REPORTS; round++) {
            PplParser parser = parser(current);
            SyntaxErrors errors = new SyntaxErrors(source);
            parser.setErrorHandler(errors);
            PplParser.ProgramContext tree = parser.program();
            if (!errors.failed()) return round == 0 ? tree : null;
            SyntaxDiagnostic first = errors.first();
            // A replacement only removes text, so a new error lies after the last one; anything
            // else means the replacement itself misled the parser: stop rather than report it.
            if (first.span().start() <= lastReported) return null;
            diagnostics.report(first);
            lastReported = first.span().start();
            current = withoutStatementAt(current, errors.offending().getTokenIndex());
            if (current == null) return null;
        }
        return null;
    }

    private static PplParser parser(List<Token> tokens) {
        PplParser parser = new PplParser(new CommonTokenStream(new ListTokenSource(tokens)));
        parser.removeErrorListeners();
        parser.getInterpreter().setPredictionMode(PredictionMode.LL);
        return parser;
    }

    /**
     * The tokens with the logical line holding token {@code at} replaced by a statement that
     * parses, or null when that line cannot be isolated.
     */
    static List<Token> withoutStatementAt(List<Token> tokens, int at) {
        if (at >= 0 && at < tokens.size() && tokens.get(at).getType() == PplParser.INDENT) return withoutIndent(tokens, at);
        if (at < 0 || at >= tokens.size() || isLayout(tokens.get(at).getType())) return null;
        int start = at;
        while (start > 0 && !isLineBreak(tokens.get(start - 1).getType())) start--;
        int end = at;
        while (tokens.get(end).getType() != PplParser.NEWLINE) {
            if (tokens.get(end).getType() == Token.EOF) return null;
            end++;
        }
        Token first = tokens.get(start);
        boolean header = end + 1 < tokens.size() && tokens.get(end + 1).getType() == PplParser.INDENT
                && (opensBlock(first.getType()) || (end > 0 && tokens.get(end - 1).getType() == PplParser.COLON));
        List<Token> out = new ArrayList<>(tokens.subList(0, start));
        if (header) {
            out.add(like(first, PplParser.IF, "if"));
            out.add(like(first, PplParser.TRUE, "True"));
            out.add(like(first, PplParser.COLON, ":"));
        } else {
            out.add(like(first, PplParser.NAME, "_"));
            out.add(like(first, PplParser.ASSIGN, "="));
            out.add(like(first, PplParser.TRUE, "True"));
        }
        out.addAll(tokens.subList(end, tokens.size()));
        return out;
    }

    /**
     * The tokens without the unexpected indentation at {@code at} and the dedent that closes it, so
     * that the indented lines are read as if they were not indented; null when no dedent matches.
     */
    private static List<Token> withoutIndent(List<Token> tokens, int at) {
        int depth = 0;
        for (int i = at; i < tokens.size(); i++) {
            int type = tokens.get(i).getType();
            if (type == PplParser.BAD_INDENT) return null;
            if (type == PplParser.INDENT) depth++;
            if (type == PplParser.DEDENT && --depth == 0) {
                List<Token> out = new ArrayList<>(tokens.subList(0, at));
                out.addAll(tokens.subList(at + 1, i));
                out.addAll(tokens.subList(i + 1, tokens.size()));
                return out;
            }
        }
        return null;
    }

    private static boolean opensBlock(int type) {
        return type == PplParser.FOR || type == PplParser.IF || type == PplParser.ELIF || type == PplParser.ELSE
                || type == PplParser.DEF;
    }

    private static boolean isLineBreak(int type) {
        return type == PplParser.NEWLINE || type == PplParser.INDENT || type == PplParser.DEDENT;
    }

    private static boolean isLayout(int type) {
        return type == PplParser.INDENT || type == PplParser.DEDENT || type == PplParser.BAD_INDENT || type == Token.EOF;
    }

    /** A token made up to stand in a replaced line, placed where that line starts. */
    private static Token like(Token at, int type, String text) {
        CommonToken t = new CommonToken(at);
        t.setType(type);
        t.setText(text);
        t.setChannel(Token.DEFAULT_CHANNEL);
        return t;
    }
}
