package org.ppl.compiler.ast;

import java.util.List;
import org.ppl.compiler.source.SourceSpan;

/**
 * A declared data type: {@code int}, {@code real}, {@code vector[n]}, {@code matrix[n, m]},
 * {@code int[n, ...]}, {@code real[n, ...]} or {@code array[k, ...] T}. The form is checked when
 * the syntax tree is built, so a TypeExpr is always well formed.
 */
public record TypeExpr(Kind kind, List<Expr> sizes, TypeExpr element, SourceSpan span) {
    public enum Kind {
        INT, REAL, VECTOR, MATRIX, ARRAY
    }
}
