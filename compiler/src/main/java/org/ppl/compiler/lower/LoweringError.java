package org.ppl.compiler.lower;

import org.ppl.compiler.diag.DataDiagnostic;
import org.ppl.compiler.diag.Diagnostic;
import org.ppl.compiler.source.SourceSpan;

/**
 * A located user error found while lowering a bound program: sizes that disagree once they are
 * numbers, a computation on data that fails, a value known only after sampling used in the log
 * density. It unwinds the lowering to the loader, which reports its diagnostic.
 */
public final class LoweringError extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final transient Diagnostic diagnostic;

    LoweringError(Diagnostic diagnostic) {
        super(diagnostic.message(), null, false, false);
        this.diagnostic = diagnostic;
    }

    static LoweringError shapes(SourceSpan span, String message) {
        return new LoweringError(new DataDiagnostic.BoundShapes(span, message));
    }

    static LoweringError computation(SourceSpan span, String message) {
        return new LoweringError(new DataDiagnostic.DataComputation(span, message));
    }

    public Diagnostic diagnostic() {
        return diagnostic;
    }
}
