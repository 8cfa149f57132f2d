package org.ppl.compiler.bind;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ppl.ad.Node;
import org.ppl.ad.Shape;
import org.ppl.compiler.diag.DataDiagnostic;
import org.ppl.compiler.diag.Diagnostics;
import org.ppl.compiler.ir.IrData;
import org.ppl.compiler.ir.IrExpr;
import org.ppl.compiler.ir.IrProgram;
import org.ppl.compiler.lower.DataEvaluator;
import org.ppl.compiler.lower.LoweringError;
import org.ppl.compiler.lower.Spelling;
import org.ppl.compiler.names.Symbol;
import org.ppl.compiler.types.Shapes;
import org.ppl.io.DataSet;

/**
 * The data binding pass: the checked program, the data read from files and the {@code --set}
 * overrides give every data item a value and every size a number, or located errors. For each
 * declaration in order, the value comes from {@code --set}, else the data, else the default; a
 * CSV column (an N×1 matrix) is seen as a vector where one is declared. Its shape must have the
 * declared rank; each size taken from a shape is bound by the first item that has it and checked
 * against every other (the {@code N} against {@code P} pairs the checker could not tell apart are
 * checked where they meet, when the program is lowered); declared integer sizes and expressions
 * are evaluated and checked. Then NaN is refused, integer types must hold whole numbers, and the
 * declared bounds (inclusive, as Stan's) must hold. Keys of the data the model does not declare
 * are ignored, as CmdStan does.
 */
public final class DataBinder {
    private final IrProgram ir;
    private final DataSet data;
    private final Map<String, String> overrides;
    private final Diagnostics diagnostics;
    private final DataEvaluator evaluator = new DataEvaluator();
    private final Map<Symbol, BoundData.Item> items = new LinkedHashMap<>();
    private final Map<Symbol, BoundData.Size> sizes = new LinkedHashMap<>();
    /** For each item bound: {@code data item 'J' at data.json:2:8}. */
    private final Map<Symbol, String> described = new IdentityHashMap<>();

    private DataBinder(IrProgram ir, DataSet data, Map<String, String> overrides, Diagnostics diagnostics) {
        this.ir = ir;
        this.data = data;
        this.overrides = overrides;
        this.diagnostics = diagnostics;
    }

    /** The bound data, or null after reporting every error found into {@code diagnostics}. */
    public static BoundData bind(IrProgram ir, DataSet data, Map<String, String> overrides, Diagnostics diagnostics) {
        int before = diagnostics.count();
        DataBinder b = new DataBinder(ir, data, overrides, diagnostics);
        b.checkOverrideNames();
        for (IrData d : ir.data()) {
            try {
                b.declare(d);
            } catch (LoweringError e) {
                diagnostics.report(e.diagnostic());
            }
        }
        return diagnostics.count() == before ? new BoundData(b.items, b.sizes) : null;
    }

    private void checkOverrideNames() {
        List<String> dataNames = new ArrayList<>();
        for (IrData d : ir.data()) dataNames.add(d.symbol().name());
        for (Map.Entry<String, String> o : overrides.entrySet()) {
            String name = o.getKey();
            if (dataNames.contains(name)) continue;
            String problem = OverrideProblems.unknownName(name, ir, dataNames);
            diagnostics.report(new DataDiagnostic.UnknownOverride(null, argument(name, o.getValue()), problem));
        }
    }

    private static String argument(String name, String value) {
        return "--set " + name + "=" + value;
    }

    private void declare(IrData d) {
        RawValue raw = source(d);
        if (raw == null) return;
        if (d.sizes().size() == 1 && raw.shape().isMatrix() && raw.shape().dim(1) == 1) {
            raw = raw.withShape(Shape.vector(raw.shape().dim(0)));
        }
        if (!shapeFits(d, raw) || !valuesFit(d, raw)) return;
        Symbol symbol = d.symbol();
        items.put(symbol, new BoundData.Item(raw.shape(), raw.values(), raw.origin()));
        described.put(symbol, "data item '" + symbol.name() + "'" + (raw.where() == null ? " (its default)" : " at " + raw.where()));
        evaluator.bind(symbol, raw.shape(), raw.values());
    }

    /** The value of {@code d} from --set, the data or the default; null after reporting it missing or bad. */
    private RawValue source(IrData d) {
        String name = d.symbol().name();
        if (overrides.containsKey(name)) {
            String text = overrides.get(name);
            String argument = argument(name, text);
            if (!d.sizes().isEmpty()) {
                return bad(d, argument, "has shape " + Shapes.spell(d.type().dims()) + "; --set gives one number, so give it in a --data file");
            }
            Double v = OverrideText.parse(text);
            if (v == null) return bad(d, argument, "must be a number, not '" + text + "'");
            return RawValue.override(v, argument);
        }
        if (data.contains(name)) return RawValue.of(data.get(name));
        if (d.defaultValue() != null) {
            Node v = evaluator.evaluate(d.defaultValue());
            return v == null ? null : RawValue.defaultValue(v.shape, v.value.clone());
        }
        diagnostics.report(new DataDiagnostic.Missing(d.symbol().span(), name, declaration(d)));
        return null;
    }

    private RawValue bad(IrData d, String argument, String problem) {
        diagnostics.report(new DataDiagnostic.BadOverride(d.symbol().span(), argument, d.symbol().name(), problem, declaration(d)));
        return null;
    }

    /** {@code data y: vector[J]}, as written. */
    static String declaration(IrData d) {
        return d.span().text().strip().replaceAll("\\s+", " ");
    }

    /** Binds the sizes the value's shape gives and checks the others; false after reporting a mismatch. */
    private boolean shapeFits(IrData d, RawValue raw) {
        int[] actual = raw.shape().dims();
        List<IrExpr> declared = d.sizes();
        if (actual.length != declared.size()) return wrongShape(d, raw, null);
        String because = null;
        for (int i = 0; i < actual.length; i++) {
            IrExpr e = declared.get(i);
            if (e instanceof IrExpr.Ref r && r.symbol().kind() == Symbol.Kind.SIZE) {
                BoundData.Size size = sizes.get(r.symbol());
                if (size == null) {
                    String origin = "data item '" + d.symbol().name() + "'" + (raw.where() == null ? " (its default)" : " at " + raw.where());
                    sizes.put(r.symbol(), new BoundData.Size(actual[i], origin));
                    evaluator.bind(r.symbol(), Shape.SCALAR, new double[] {actual[i]});
                } else if (size.value() != actual[i] && because == null) {
                    because = r.symbol().name() + " = " + size.value() + " comes from " + size.origin();
                }
                continue;
            }
            Node n = evaluator.evaluate(e);
            if (n == null) return false;
            long expected = (long) n.value[0];
            if (expected < 0) {
                diagnostics.report(new DataDiagnostic.BoundShapes(e.span(), "the size '" + e.span().text() + "' of `" + declaration(d)
                        + "` is " + expected + " with the data given; a size cannot be negative"));
                return false;
            }
            if (expected != actual[i] && because == null) because = reason(e, expected);
        }
        return because == null || wrongShape(d, raw, because);
    }

    /** {@code J = 8 is data item 'J' at data.json:2:8}, or {@code K - 1 = 4}. */
    private String reason(IrExpr e, long value) {
        if (e instanceof IrExpr.Ref r && described.containsKey(r.symbol())) {
            return r.symbol().name() + " = " + value + " is " + described.get(r.symbol());
        }
        return e.span().text() + " = " + value;
    }

    private boolean wrongShape(IrData d, RawValue raw, String because) {
        diagnostics.report(new DataDiagnostic.WrongShape(d.symbol().span(), raw.where(), d.symbol().name(),
                raw.shape().toString(), declaration(d), expected(d), because));
        return false;
    }

    /** The declared shape by name and, when every size is known, by number. */
    private String expected(IrData d) {
        int[] dims = new int[d.sizes().size()];
        for (int i = 0; i < dims.length; i++) {
            IrExpr e = d.sizes().get(i);
            Node n = evaluator.evaluate(e);
            if (n == null || n.value[0] < 0) return Shapes.spell(d.type().dims());
            dims[i] = (int) n.value[0];
        }
        return Spelling.shape(d.type().dims(), Shape.of(dims));
    }

    private boolean valuesFit(IrData d, RawValue raw) {
        return ValueChecks.check(d, raw, evaluator, declaration(d), diagnostics);
    }
}
