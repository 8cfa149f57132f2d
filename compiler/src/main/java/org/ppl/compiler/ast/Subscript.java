package org.ppl.compiler.ast;

import org.ppl.compiler.source.SourceSpan;

/** One item between the brackets of an index: a position (or integer array) or a slice. */
public sealed interface Subscript {
    SourceSpan span();

    /** {@code x[i]} (drops the axis) or {@code x[idx]} with an integer array (NumPy gather). */
    record At(Expr index, SourceSpan span) implements Subscript {}

    /** {@code ...}: as many full slices as the axes not indexed otherwise. */
    record Ellipsis(SourceSpan span) implements Subscript {}

    /** {@code x[a:b:c]}, each part optional (null when absent). */
    record Slice(Expr lower, Expr upper, Expr step, SourceSpan span) implements Subscript {}
}
