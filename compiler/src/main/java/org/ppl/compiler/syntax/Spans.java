package org.ppl.compiler.syntax;

import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.tree.TerminalNode;
import org.ppl.compiler.source.SourceFile;
import org.ppl.compiler.source.SourceSpan;

/** Source spans of ANTLR tokens and rule contexts. */
final class Spans {
    private final SourceFile source;

    Spans(SourceFile source) {
        this.source = source;
    }

    SourceSpan of(Token t) {
        int start = clamp(t.getStartIndex());
        return new SourceSpan(source, start, Math.max(start, clamp(t.getStopIndex() + 1)));
    }

    SourceSpan of(TerminalNode n) {
        return of(n.getSymbol());
    }

    /** From the first token of {@code ctx} to its last real token. */
    SourceSpan of(ParserRuleContext ctx) {
        return between(ctx.getStart(), ctx.getStop());
    }

    SourceSpan between(Token first, Token last) {
        int start = clamp(first.getStartIndex());
        int end = last == null ? start : clamp(last.getStopIndex() + 1);
        return new SourceSpan(source, start, Math.max(start, end));
    }

    private int clamp(int offset) {
        return Math.max(0, Math.min(offset, source.text().length()));
    }
}
