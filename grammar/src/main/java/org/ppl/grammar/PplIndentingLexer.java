package org.ppl.grammar;

import java.util.ArrayDeque;
import java.util.Deque;
import org.antlr.v4.runtime.CharStream;
import org.antlr.v4.runtime.CommonToken;
import org.antlr.v4.runtime.Token;

/**
 * The lexer the parser reads: {@link PplLexer}'s raw tokens with Python's layout rules applied.
 *
 * <ul>
 *   <li>Inside brackets line breaks are dropped (implicit line continuation).
 *   <li>Blank and comment-only lines are dropped: a run of raw NEWLINE tokens becomes one logical
 *       NEWLINE, emitted only after a line that held a statement.
 *   <li>The indentation of each line (spaces; a tab advances to the next multiple of 8, as in
 *       Python) is compared with a stack of open blocks: deeper emits INDENT, shallower one DEDENT
 *       per closed block. A shallower indentation that matches no open block emits BAD_INDENT,
 *       which the parser never accepts, so it is reported as a syntax error at that line.
 *   <li>At the end of the file a last NEWLINE and the DEDENTs of the open blocks are emitted.
 * </ul>
 */
public class PplIndentingLexer extends PplLexer {
    private final Deque<Token> pending = new ArrayDeque<>();
    private final Deque<Integer> indents = new ArrayDeque<>();
    private int bracketDepth;
    /** The last raw NEWLINE seen outside brackets and not yet turned into layout tokens: it carries the indentation. */
    private Token lineBreak;
    /** The first such NEWLINE: where the logical line ends. */
    private Token firstBreak;
    /** Whether a token of a statement has been emitted since the last logical NEWLINE. */
    private boolean lineOpen;
    private boolean started;
    private boolean finished;

    public PplIndentingLexer(CharStream input) {
        super(input);
        indents.push(0);
    }

    @Override
    public Token nextToken() {
        while (pending.isEmpty()) {
            if (finished) return super.nextToken();
            handle(super.nextToken());
        }
        return pending.poll();
    }

    private void handle(Token raw) {
        switch (raw.getType()) {
            case NEWLINE:
                if (bracketDepth == 0) {
                    if (lineBreak == null) firstBreak = raw;
                    lineBreak = raw;
                }
                return;
            case EOF:
                finish(raw);
                return;
            case LPAREN:
            case LBRACKET:
                startLine(raw);
                bracketDepth++;
                break;
            case RPAREN:
            case RBRACKET:
                startLine(raw);
                if (bracketDepth > 0) bracketDepth--;
                break;
            default:
                startLine(raw);
        }
        pending.add(raw);
        lineOpen = true;
    }

    /** Called before the first token of every line (and no other token): emits layout tokens. */
    private void startLine(Token first) {
        if (started && lineBreak == null) return;
        int indent;
        if (lineBreak == null) {
            indent = first.getCharPositionInLine() == 0 ? 0 : width(leadingText(first));
        } else {
            indent = width(afterLastBreak(lineBreak.getText()));
        }
        if (lineOpen && lineBreak != null) pending.add(layout(NEWLINE, firstBreak, firstBreak.getStartIndex(), 1));
        started = true;
        lineBreak = null;
        lineOpen = false;
        int lineStart = first.getStartIndex() - first.getCharPositionInLine();
        if (indent > indents.peek()) {
            indents.push(indent);
            pending.add(layout(PplParser.INDENT, first, lineStart, first.getCharPositionInLine()));
            return;
        }
        while (indent < indents.peek()) {
            indents.pop();
            pending.add(layout(PplParser.DEDENT, first, first.getStartIndex(), 0));
        }
        if (indent > indents.peek()) {
            // Shallower than the block it closes, deeper than the one it returns to.
            indents.push(indent);
            pending.add(layout(PplParser.BAD_INDENT, first, lineStart, first.getCharPositionInLine()));
        }
    }

    private void finish(Token eof) {
        // Inside an unclosed bracket the parser should meet the end of the file, not a line end.
        if (lineOpen && bracketDepth == 0) {
            if (lineBreak != null) pending.add(layout(NEWLINE, firstBreak, firstBreak.getStartIndex(), 1));
            else pending.add(layout(NEWLINE, eof, eof.getStartIndex(), 0));
        }
        while (indents.peek() > 0) {
            indents.pop();
            pending.add(layout(PplParser.DEDENT, eof, eof.getStartIndex(), 0));
        }
        pending.add(eof);
        finished = true;
    }

    /**
     * A synthetic token of {@code type} over {@code length} characters from {@code start}, on the
     * line of {@code anchor}.
     */
    private Token layout(int type, Token anchor, int start, int length) {
        CommonToken t = new CommonToken(_tokenFactorySourcePair, type, DEFAULT_TOKEN_CHANNEL, start, start + length - 1);
        t.setLine(anchor.getLine());
        int column = anchor.getCharPositionInLine() - (anchor.getStartIndex() - start);
        t.setCharPositionInLine(Math.max(0, column));
        t.setText(type == NEWLINE ? "\n" : "");
        return t;
    }

    private String leadingText(Token first) {
        int start = first.getStartIndex() - first.getCharPositionInLine();
        return _input.getText(org.antlr.v4.runtime.misc.Interval.of(start, first.getStartIndex() - 1));
    }

    private static String afterLastBreak(String newline) {
        int i = Math.max(newline.lastIndexOf('\n'), newline.lastIndexOf('\r'));
        return newline.substring(i + 1);
    }

    /** Width of leading whitespace, a tab advancing to the next multiple of 8 (Python's rule). */
    static int width(String whitespace) {
        int w = 0;
        for (int i = 0; i < whitespace.length(); i++) {
            char c = whitespace.charAt(i);
            if (c == '\t') w = (w / 8 + 1) * 8;
            else if (c == ' ') w++;
        }
        return w;
    }
}
