package org.ppl.compiler;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.ppl.ad.Shape;
import org.ppl.compiler.bind.BoundData;
import org.ppl.compiler.ir.Constraint;
import org.ppl.compiler.ir.IrData;
import org.ppl.compiler.ir.IrExpr;
import org.ppl.compiler.ir.IrProgram;
import org.ppl.compiler.ir.IrStmt;
import org.ppl.compiler.lower.Lowered;
import org.ppl.compiler.lower.LoweredParameter;
import org.ppl.compiler.lower.ParameterTransforms;
import org.ppl.compiler.lower.Spelling;
import org.ppl.compiler.names.Symbol;
import org.ppl.compiler.types.Dim;
import org.ppl.compiler.types.Shapes;
import org.ppl.model.Model;
import org.ppl.model.Variable;

/** Builds the {@link ModelReport} of a checked program, with sizes as names, or as numbers once bound and lowered. */
final class ReportBuilder {
    private ReportBuilder() {}

    /** The report of a program checked without data: every size a name. */
    static ModelReport symbolic(String name, IrProgram ir) {
        List<ModelReport.Parameter> parameters = new ArrayList<>();
        List<String> predictive = new ArrayList<>();
        List<ModelReport.Saved> saved = new ArrayList<>();
        Dim total = Dim.of(0);
        List<String> irregular = new ArrayList<>();
        for (IrStmt.Sample s : ir.parameters()) {
            String p = s.parameter().name();
            if (s.distribution() instanceof IrExpr.GpConditional) {
                predictive.add(p);
                continue;
            }
            FreeSize free = FreeSize.of(s);
            if (free.dim() != null) total = total.plus(free.dim());
            else irregular.add(free.text());
            boolean whitened = s.constraint() instanceof Constraint.Whitened;
            parameters.add(new ModelReport.Parameter(p, Shapes.spell(s.type().dims()), ParameterTransforms.describe(s.constraint()),
                    whitened ? p + "_rotated_" : p, free.text()));
            if (whitened) saved.add(new ModelReport.Saved(p, Shapes.spell(s.type().dims())));
        }
        List<ModelReport.Data> data = new ArrayList<>();
        for (IrData d : ir.data()) {
            data.add(new ModelReport.Data(d.symbol().name(), d.type().elem().spelling, Shapes.spell(d.type().dims()), null, null));
        }
        List<ModelReport.Size> sizes = new ArrayList<>();
        for (Symbol s : ir.sizes()) sizes.add(new ModelReport.Size(s.name(), null, null));
        java.util.Set<Symbol> afterSampling = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        for (IrStmt.Sample s : ir.parameters()) if (s.distribution() instanceof IrExpr.GpConditional) afterSampling.add(s.parameter());
        for (IrStmt s : ir.body()) {
            if (s instanceof IrStmt.Assign a && usesPrediction(a.value(), afterSampling)) {
                afterSampling.addAll(a.targets());
                if (a.value() instanceof IrExpr.GpPredict) for (Symbol t : a.targets()) predictive.add(t.name());
            }
            if (!(s instanceof IrStmt.Save v)) continue;
            if (usesPrediction(v.value(), afterSampling)) predictive.add(v.name().name());
            else saved.add(new ModelReport.Saved(v.name().name(), typeShape(v.value())));
        }
        String dimension = total.toString();
        if (!irregular.isEmpty()) dimension = (total.isConstant(0) ? "" : total + " + ") + String.join(" + ", irregular);
        return new ModelReport(name, parameters, data, sizes, observed(ir.body()), saved, predictive, dimension);
    }

    /** The report of a program bound to data and lowered: shapes by name and number. */
    static ModelReport bound(String name, IrProgram ir, BoundData bound, Model model, Lowered lowered) {
        Map<Symbol, IrStmt.Sample> samples = new IdentityHashMap<>();
        for (IrStmt.Sample s : ir.parameters()) samples.put(s.parameter(), s);
        List<ModelReport.Parameter> parameters = new ArrayList<>();
        for (LoweredParameter p : lowered.parameters()) {
            IrStmt.Sample s = samples.get(p.symbol());
            parameters.add(new ModelReport.Parameter(p.name(), Spelling.shape(s.type().dims(), p.shape()), p.transform(),
                    p.freeName(), Integer.toString(p.freeSize())));
        }
        List<ModelReport.Data> data = new ArrayList<>();
        for (IrData d : ir.data()) {
            BoundData.Item item = bound.items().get(d.symbol());
            String value = item.shape().rank() == 0 ? Spelling.number(item.values()[0]) : null;
            data.add(new ModelReport.Data(d.symbol().name(), d.type().elem().spelling, Spelling.shape(d.type().dims(), item.shape()),
                    value, item.origin()));
        }
        List<ModelReport.Size> sizes = new ArrayList<>();
        bound.sizeOrigins().forEach((s, v) -> sizes.add(new ModelReport.Size(s.name(), Long.toString(v.value()), "from " + v.origin())));
        List<ModelReport.Saved> saved = new ArrayList<>();
        Map<String, Shape> savedShapes = new java.util.HashMap<>();
        for (Variable v : model.variables()) if (v.kind() == Variable.Kind.SAVED) savedShapes.put(v.name(), v.shape());
        Map<String, String> symbolicShapes = symbolicSavedShapes(ir);
        for (String s : lowered.saved()) {
            String symbolic = symbolicShapes.get(s);
            Shape shape = savedShapes.get(s);
            saved.add(new ModelReport.Saved(s, symbolic == null ? shape.toString() : symbolic + (symbolic.equals(shape.toString()) ? "" : " = " + shape)));
        }
        List<String> predictive = new ArrayList<>();
        lowered.predictions().forEach(p -> predictive.addAll(p.names()));
        predictive.addAll(lowered.deferredSaves());
        return new ModelReport(name, parameters, data, sizes, observed(ir.body()), saved, predictive, Integer.toString(model.dimension()));
    }

    private static Map<String, String> symbolicSavedShapes(IrProgram ir) {
        Map<String, String> shapes = new java.util.HashMap<>();
        for (IrStmt.Sample s : ir.parameters()) {
            if (s.constraint() instanceof Constraint.Whitened) shapes.put(s.parameter().name(), Shapes.spell(s.type().dims()));
        }
        for (IrStmt s : ir.body()) if (s instanceof IrStmt.Save v) shapes.put(v.name().name(), typeShape(v.value()));
        return shapes;
    }

    /** Whether {@code e} is known only after sampling: a GP prediction or conditional, or a value computed from one. */
    private static boolean usesPrediction(IrExpr e, java.util.Set<Symbol> afterSampling) {
        boolean[] found = {false};
        org.ppl.compiler.ir.IrWalk.each(e, x -> found[0] |= x instanceof IrExpr.GpPredict || x instanceof IrExpr.GpConditional
                || x instanceof IrExpr.Ref r && afterSampling.contains(r.symbol()));
        return found[0];
    }

    private static String typeShape(IrExpr e) {
        return e.type() instanceof org.ppl.compiler.types.Type.Tensor t ? Shapes.spell(t.dims()) : "()";
    }

    /** The observed terms of the program as written, in order (a term in a loop once). */
    static List<ModelReport.Observed> observed(List<IrStmt> body) {
        List<ModelReport.Observed> out = new ArrayList<>();
        for (IrStmt s : body) {
            if (s instanceof IrStmt.Observe o) out.add(new ModelReport.Observed(o.span().position(), o.span().text().strip().replaceAll("\\s+", " ")));
            else if (s instanceof IrStmt.Loop l) out.addAll(observed(l.body()));
            else if (s instanceof IrStmt.Branch b) {
                out.addAll(observed(b.then()));
                out.addAll(observed(b.otherwise()));
            }
        }
        return out;
    }

    /** The number of unconstrained values of a parameter, by name: a polynomial, or text where it is not one. */
    private record FreeSize(Dim dim, String text) {
        static FreeSize of(IrStmt.Sample s) {
            List<Dim> dims = s.type().dims();
            Dim all = product(dims);
            if (s.constraint() instanceof Constraint.Simplex && !dims.isEmpty()) {
                Dim d = product(dims.subList(0, dims.size() - 1)).times(dims.get(dims.size() - 1).minus(Dim.of(1)));
                return new FreeSize(d, d.toString());
            }
            if (s.constraint() instanceof Constraint.CorrelationCholesky && !dims.isEmpty()) {
                Dim n = dims.get(0);
                Dim twice = n.times(n.minus(Dim.of(1)));
                if (twice.constant().isPresent()) {
                    Dim d = Dim.of(twice.constant().getAsLong() / 2);
                    return new FreeSize(d, d.toString());
                }
                return new FreeSize(null, "(" + twice + ")/2");
            }
            return new FreeSize(all, all.toString());
        }

        private static Dim product(List<Dim> dims) {
            Dim p = Dim.of(1);
            for (Dim d : dims) p = p.times(d);
            return p;
        }
    }
}
