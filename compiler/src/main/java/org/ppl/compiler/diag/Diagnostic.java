package org.ppl.compiler.diag;

import org.ppl.compiler.source.SourceSpan;

/**
 * A user error found by a stage of the compiler: where it is and what is wrong, as data. There is
 * one record per kind of error, grouped by the stage that finds it; {@link DiagnosticRenderer}
 * turns any of them into the text a user reads. Messages are one sentence, lower case, without a
 * final period (as stanc and rustc write them).
 */
public sealed interface Diagnostic
        permits SyntaxDiagnostic, NameDiagnostic, RoleDiagnostic, ShapeDiagnostic, ArgumentDiagnostic, DataDiagnostic {
    /**
     * The culprit: the renderer puts its carets under this span. Null only for a {@link
     * DataDiagnostic} that has no place in the model (a {@code --set} of an unknown name).
     */
    SourceSpan span();

    /** The sentence the user reads, without the location. */
    String message();

    /** {@code ", did you mean 'x'?"} or nothing. */
    static String suggestion(String suggestion) {
        return suggestion == null ? "" : "; did you mean '" + suggestion + "'?";
    }
}
