package org.ppl.compiler.check;

import org.ppl.compiler.diag.ArgumentDiagnostic;
import org.ppl.compiler.diag.Diagnostics;
import org.ppl.compiler.ir.IrExpr;
import org.ppl.compiler.signatures.Builtin;
import org.ppl.dist.Distribution.Domain;

/** Checks of literal arguments against the values a parameter may take ({@code HalfNormal(-1)}). */
final class Literals {
    private Literals() {}

    /** The value of a literal number or a negated one, else null. */
    static Double value(IrExpr e) {
        if (e instanceof IrExpr.Constant c && !Double.isNaN(c.value())) return c.value();
        if (e instanceof IrExpr.Apply a && a.op() == Builtin.NEGATE && a.args().get(0) instanceof IrExpr.Constant c) return -c.value();
        return null;
    }

    /** Reports a literal outside {@code domain}; returns whether the argument is fine. */
    static boolean checkDomain(IrExpr arg, Domain domain, String callee, String name, Diagnostics diagnostics) {
        Double v = value(arg);
        if (v == null) return true;
        String requirement = requirement(domain, v);
        if (requirement == null) return true;
        String shown = v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString(v.longValue()) : v.toString();
        diagnostics.report(new ArgumentDiagnostic.OutOfDomain(arg.span(), callee, name, requirement, shown));
        return false;
    }

    /** What {@code v} fails to be, or null when it is in the domain. */
    private static String requirement(Domain domain, double v) {
        switch (domain) {
            case POSITIVE:
                return v > 0 ? null : "positive";
            case NONNEGATIVE:
                return v >= 0 ? null : "zero or positive";
            case UNIT_INTERVAL:
                return v >= 0 && v <= 1 ? null : "between 0 and 1";
            case POSITIVE_INTEGER:
                return v >= 1 && v == Math.rint(v) ? null : "a positive integer";
            case NONNEGATIVE_INTEGER:
                return v >= 0 && v == Math.rint(v) ? null : "a non-negative integer";
            default:
                return null;
        }
    }
}
