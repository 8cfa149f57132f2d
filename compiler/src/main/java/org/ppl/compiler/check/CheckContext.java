package org.ppl.compiler.check;

import java.util.IdentityHashMap;
import java.util.Map;
import org.ppl.compiler.diag.Diagnostic;
import org.ppl.compiler.diag.Diagnostics;
import org.ppl.compiler.diag.ShapeDiagnostic;
import org.ppl.compiler.ir.GpConditioning;
import org.ppl.compiler.ir.IrExpr;
import org.ppl.compiler.names.Resolution;
import org.ppl.compiler.names.Symbol;
import org.ppl.compiler.source.SourceSpan;
import org.ppl.compiler.types.Dim;
import org.ppl.compiler.types.Type;

/**
 * The state the type checker's parts share while they walk one program: resolved names, the
 * current type of every symbol (a local may change type when reassigned), the sizes known for
 * integer locals, and what each GP object was conditioned on.
 */
final class CheckContext {
    final Resolution resolution;
    final Diagnostics diagnostics;
    Map<Symbol, Type> types = new IdentityHashMap<>();
    /** Integer scalars whose value is a known size expression ({@code k = N + 1}). */
    Map<Symbol, Dim> sizes = new IdentityHashMap<>();
    final Map<Symbol, GpConditioning> conditioning = new IdentityHashMap<>();

    CheckContext(Resolution resolution, Diagnostics diagnostics) {
        this.resolution = resolution;
        this.diagnostics = diagnostics;
    }

    /** Reports {@code d} and returns a placeholder of unknown type (so no error follows from it). */
    IrExpr fail(Diagnostic d) {
        diagnostics.report(d);
        return unknown(d.span());
    }

    static IrExpr unknown(SourceSpan span) {
        return new IrExpr.Constant(Double.NaN, Type.UNKNOWN, span);
    }

    static boolean isUnknown(IrExpr e) {
        return e.type() instanceof Type.Unknown;
    }

    /** Reports a value of the wrong kind and returns a placeholder. */
    IrExpr wrongType(SourceSpan span, String what, String expected, IrExpr actual) {
        return fail(new ShapeDiagnostic.WrongType(span, what, expected, actual.type().describe()));
    }
}
