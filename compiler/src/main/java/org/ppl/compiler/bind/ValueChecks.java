package org.ppl.compiler.bind;

import org.ppl.ad.Node;
import org.ppl.compiler.diag.DataDiagnostic;
import org.ppl.compiler.diag.Diagnostics;
import org.ppl.compiler.ir.IrData;
import org.ppl.compiler.ir.IrExpr;
import org.ppl.compiler.lower.DataEvaluator;
import org.ppl.compiler.lower.Spelling;
import org.ppl.compiler.types.Elem;

/** The checks of a data value's elements: no NaN, whole numbers for an integer type, the declared bounds (inclusive). */
final class ValueChecks {
    private ValueChecks() {}

    /** Whether every element passes; reports the first that does not. */
    static boolean check(IrData d, RawValue raw, DataEvaluator evaluator, String declaration, Diagnostics diagnostics) {
        String name = d.symbol().name();
        double[] v = raw.values();
        boolean integer = d.type().elem() == Elem.INT;
        for (int k = 0; k < v.length; k++) {
            if (Double.isNaN(v[k])) {
                diagnostics.report(new DataDiagnostic.NotANumber(d.symbol().span(), raw.at().apply(k), name,
                        Spelling.element(name, raw.shape(), k), declaration));
                return false;
            }
            if (integer && (v[k] != Math.rint(v[k]) || Double.isInfinite(v[k]))) {
                diagnostics.report(new DataDiagnostic.NotInteger(d.symbol().span(), raw.at().apply(k), name,
                        Spelling.element(name, raw.shape(), k), Spelling.number(v[k]), declaration));
                return false;
            }
        }
        return bound(d, raw, d.lower(), true, evaluator, declaration, diagnostics)
                && bound(d, raw, d.upper(), false, evaluator, declaration, diagnostics);
    }

    private static boolean bound(IrData d, RawValue raw, IrExpr bound, boolean lower, DataEvaluator evaluator,
            String declaration, Diagnostics diagnostics) {
        if (bound == null) return true;
        Node b = evaluator.evaluate(bound);
        if (b == null) return false;
        double limit = b.value[0];
        String text = bound.span().text();
        String number = Spelling.number(limit);
        String requirement = (lower ? ">= " : "<= ") + number + (text.equals(number) ? "" : " (" + (lower ? "lower=" : "upper=") + text + ")");
        double[] v = raw.values();
        for (int k = 0; k < v.length; k++) {
            if (lower ? v[k] >= limit : v[k] <= limit) continue;
            String name = d.symbol().name();
            diagnostics.report(new DataDiagnostic.OutOfBounds(d.symbol().span(), raw.at().apply(k), name,
                    Spelling.element(name, raw.shape(), k), Spelling.number(v[k]), requirement, declaration));
            return false;
        }
        return true;
    }
}
