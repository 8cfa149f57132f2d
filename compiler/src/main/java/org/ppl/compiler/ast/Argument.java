package org.ppl.compiler.ast;

import org.ppl.compiler.source.SourceSpan;

/** A call argument: positional when {@code keyword} is null, else {@code keyword=value}. */
public record Argument(String keyword, SourceSpan keywordSpan, Expr value, SourceSpan span) {
    public boolean isKeyword() {
        return keyword != null;
    }
}
