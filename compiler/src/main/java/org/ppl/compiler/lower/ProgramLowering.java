package org.ppl.compiler.lower;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ppl.ad.Node;
import org.ppl.ad.NumericFailure;
import org.ppl.ad.Shape;
import org.ppl.ad.ShapeException;
import org.ppl.compiler.bind.BoundData;
import org.ppl.compiler.diag.RoleDiagnostic;
import org.ppl.compiler.ir.Constraint;
import org.ppl.compiler.ir.IrData;
import org.ppl.compiler.ir.IrExpr;
import org.ppl.compiler.ir.IrProgram;
import org.ppl.compiler.ir.IrStmt;
import org.ppl.compiler.names.Symbol;
import org.ppl.dist.Distribution;
import org.ppl.dist.Distributions;
import org.ppl.gp.LatentPrior;
import org.ppl.gp.MarginalLikelihood;
import org.ppl.gp.SparseMarginalLikelihood;
import org.ppl.model.ModelBuilder;
import org.ppl.transform.Transform;

/**
 * Lowers a bound program onto a {@link ModelBuilder}: the data become constants, loops are
 * unrolled and branches chosen (their bounds and conditions are known from the data), each
 * parameter gets its transform ({@link ParameterTransforms}), priors, observed terms and {@code target +=}
 * become log-density terms, and {@code save} values are saved with every draw. Assignments whose
 * values nothing uses are left out ({@link LiveSymbols}). Statements in error raise a
 * {@link LoweringError} with their place.
 */
public final class ProgramLowering {
    private final ModelBuilder builder;
    private final LoweringContext ctx;
    private final ExprLowering exprs;
    private final Set<String> names = new HashSet<>();
    private final List<LoweredParameter> parameters = new ArrayList<>();
    private final List<ObservedTerm> observed = new ArrayList<>();
    private final List<String> saved = new ArrayList<>();
    private final List<String> deferredSaves = new ArrayList<>();
    private final Set<Symbol> live;

    private final LoweringMode mode;

    private ProgramLowering(IrProgram ir, ModelBuilder builder, LoweringMode mode) {
        this.builder = builder;
        this.mode = mode;
        this.ctx = new LoweringContext(builder.tape(), mode == LoweringMode.PREDICTIVE);
        this.exprs = new ExprLowering(ctx);
        this.live = LiveSymbols.of(ir.body());
        for (Symbol s : ir.sizes()) names.add(s.name());
        for (IrData d : ir.data()) names.add(d.symbol().name());
        for (IrStmt.Sample s : ir.parameters()) names.add(s.parameter().name());
        for (IrStmt s : ir.body()) if (s instanceof IrStmt.Save v) names.add(v.name().name());
    }

    /** Records {@code ir} with {@code data} on {@code builder}; throws {@link LoweringError} for a located user error. */
    public static Lowered lower(IrProgram ir, BoundData data, ModelBuilder builder) {
        return lower(ir, data, builder, LoweringMode.MODEL);
    }

    /** As {@link #lower(IrProgram, BoundData, ModelBuilder)}, as the model or as the predictive step's build. */
    public static Lowered lower(IrProgram ir, BoundData data, ModelBuilder builder, LoweringMode mode) {
        ProgramLowering p = new ProgramLowering(ir, builder, mode);
        for (Map.Entry<Symbol, Long> size : data.sizes().entrySet()) {
            p.ctx.env.put(size.getKey(), new Value.Tensor(builder.tape().constant(size.getValue())));
        }
        for (Map.Entry<Symbol, BoundData.Item> item : data.items().entrySet()) {
            BoundData.Item v = item.getValue();
            p.ctx.env.put(item.getKey(), new Value.Tensor(builder.tape().constant(v.shape(), v.values())));
        }
        p.block(ir.body());
        return new Lowered(List.copyOf(p.parameters), List.copyOf(p.observed), List.copyOf(p.ctx.predictions),
                List.copyOf(p.saved), List.copyOf(p.deferredSaves));
    }

    private void block(List<IrStmt> statements) {
        for (IrStmt s : statements) statement(s);
    }

    private void statement(IrStmt s) {
        try {
            if (s instanceof IrStmt.Sample sample) sample(sample);
            else if (s instanceof IrStmt.Observe o) observe(o);
            else if (s instanceof IrStmt.Assign a) assign(a);
            else if (s instanceof IrStmt.Save v) save(v);
            else if (s instanceof IrStmt.AddTarget t) builder.addTarget(density(exprs.lower(t.term()), t.span(), "the term of 'target +='"));
            else if (s instanceof IrStmt.Loop l) loop(l);
            else branch((IrStmt.Branch) s);
        } catch (ShapeException e) {
            throw LoweringError.shapes(s.span(), e.getMessage());
        } catch (NumericFailure | IllegalArgumentException e) {
            throw LoweringError.computation(s.span(), e.getMessage());
        }
    }

    /** The node of a log-density term; a value known only after sampling is an error here. */
    private static Node density(Value v, org.ppl.compiler.source.SourceSpan span, String what) {
        if (v instanceof Value.Deferred d) throw new LoweringError(new RoleDiagnostic.PredictionInDensity(span, what, d.origin()));
        return ExprLowering.node(v);
    }

    private void sample(IrStmt.Sample s) {
        Symbol symbol = s.parameter();
        String name = symbol.name();
        Value v = exprs.lower(s.distribution());
        if (v instanceof Value.Deferred d) {
            throw new LoweringError(new RoleDiagnostic.PredictionInDensity(s.distribution().span(), "the prior of '" + name + "'", d.origin()));
        }
        DistValue dist = ((Value.Dist) v).dist();
        if (dist instanceof DistValue.GpConditional c) {
            if (ctx.predictive) {
                Node draw = builder.tape().variable(c.drawShape());
                ctx.env.put(symbol, new Value.Tensor(draw));
                ctx.predictions.add(new GpPrediction(GpPrediction.Kind.DRAW, List.of(name), c.source(), s.span(), List.of(draw)));
                return;
            }
            ctx.env.put(symbol, new Value.Deferred("'" + name + "', a draw of " + s.distribution().span().text()));
            ctx.predictions.add(new GpPrediction(GpPrediction.Kind.DRAW, List.of(name), c.source(), s.span(), List.of()));
            return;
        }
        if (dist instanceof DistValue.GpPrior prior) {
            whitened(s, prior);
            return;
        }
        DistValue.Named named = (DistValue.Named) dist;
        Shape shape = named.drawShape();
        Transform transform = mode == LoweringMode.PREDICTIVE ? null : ParameterTransforms.of(s.constraint(), named, builder.tape());
        Node value = transform == null ? builder.parameter(name, shape) : builder.parameter(name, shape, transform);
        builder.addTarget(exprs.logDensity(named, value, s.distribution()));
        int free = transform == null ? shape.size() : transform.freeSize(shape);
        LoweredParameter.Prior drawn = new LoweredParameter.Prior(named.dist(), List.of(named.args()),
                s.constraint() instanceof Constraint.Ordered);
        parameters.add(new LoweredParameter(symbol, shape, name, free, ParameterTransforms.describe(s.constraint()), drawn));
        ctx.env.put(symbol, new Value.Tensor(value));
    }

    /** {@code f ~ latent.prior(X)}: a free v ~ Normal(0, 1) of f's shape, and f = m(X) + L v saved as f. */
    private void whitened(IrStmt.Sample s, DistValue.GpPrior prior) {
        String name = s.parameter().name();
        Shape shape = Shape.vector(prior.x().shape.dim(0));
        String freeName = unique(name + "_rotated_");
        Node v = builder.parameter(freeName, shape);
        Distribution normal = Distributions.lookup("Normal", Set.of());
        List<Node> standard = List.of(builder.tape().constant(0.0), builder.tape().constant(1.0));
        builder.addTarget(normal.logDensity(builder.tape(), v, standard.get(0), standard.get(1)));
        LatentPrior f = prior.gp().prior(builder.tape(), prior.x(), v);
        builder.save(name, f.f());
        saved.add(name);
        parameters.add(new LoweredParameter(s.parameter(), shape, freeName, shape.size(), ParameterTransforms.describe(s.constraint()),
                new LoweredParameter.Prior(normal, standard, false)));
        conditioned(prior.owner(), f);
        ctx.env.put(s.parameter(), new Value.Tensor(f.f()));
    }

    private String unique(String name) {
        String n = name;
        while (names.contains(n)) n = n + "_";
        names.add(n);
        return n;
    }

    private void conditioned(Symbol gp, Object record) {
        if (gp != null) ctx.conditioned.put(gp, record);
    }

    private void observe(IrStmt.Observe o) {
        Node y = density(exprs.lower(o.value()), o.span(), "this observed term");
        Value v = exprs.lower(o.distribution());
        if (v instanceof Value.Deferred d) throw new LoweringError(new RoleDiagnostic.PredictionInDensity(o.span(), "this observed term", d.origin()));
        DistValue dist = ((Value.Dist) v).dist();
        if (dist instanceof DistValue.Named named) {
            Node lp = exprs.logDensity(named, y, o.value());
            builder.addTarget(lp);
            observed.add(new ObservedTerm.Named(o, y, named.dist(), List.of(named.args()), lp));
            return;
        }
        DistValue.GpMarginal ml = (DistValue.GpMarginal) dist;
        Symbol gp = ml.owner();
        try {
            if (ml.gp() instanceof Value.MarginalGp m) {
                MarginalLikelihood record = m.gp().marginalLikelihood(builder.tape(), ml.x(), y, ml.noise());
                builder.addTarget(record.logLikelihood());
                observed.add(new ObservedTerm.GpMarginal(o, y, record));
                conditioned(gp, record);
            } else {
                SparseMarginalLikelihood record = ((Value.SparseGp) ml.gp()).gp().marginalLikelihood(builder.tape(), ml.x(), ml.xu(), y, ml.noise());
                builder.addTarget(record.logLikelihood());
                observed.add(new ObservedTerm.GpSparse(o, y, record));
                conditioned(gp, record);
            }
        } catch (ShapeException e) {
            throw LoweringError.shapes(o.span(), "the observed value has shape " + Spelling.shape(o.value(), y)
                    + " and X has shape " + Spelling.shape(ml.xExpr(), ml.x())
                    + ": " + e.getMessage());
        }
    }

    private void assign(IrStmt.Assign a) {
        if (!LiveSymbols.needed(a, live)) return;
        List<String> targets = a.targets().stream().map(Symbol::name).toList();
        Value v = a.value() instanceof IrExpr.GpPredict p ? exprs.gps().predict(p, targets) : exprs.lower(a.value());
        if (a.targets().size() == 1) {
            ctx.env.put(a.targets().get(0), v);
            return;
        }
        for (int i = 0; i < a.targets().size(); i++) {
            ctx.env.put(a.targets().get(i), v instanceof Value.Tuple t ? t.items().get(i) : v);
        }
    }

    private void save(IrStmt.Save s) {
        Value v = exprs.lower(s.value());
        String name = s.name().name();
        ctx.env.put(s.name(), v);
        if (v instanceof Value.Deferred) {
            deferredSaves.add(name);
            return;
        }
        builder.save(name, ExprLowering.node(v));
        saved.add(name);
    }

    private void loop(IrStmt.Loop l) {
        long start = exprs.integer(l.start());
        long stop = exprs.integer(l.stop());
        long step = exprs.integer(l.step());
        if (step == 0) throw LoweringError.computation(l.step().span(), "range's step is 0 with the data given");
        for (long i = start; step > 0 ? i < stop : i > stop; i += step) {
            ctx.env.put(l.variable(), new Value.Tensor(builder.tape().constant(i)));
            block(l.body());
        }
    }

    private void branch(IrStmt.Branch b) {
        Node condition = exprs.constant(b.condition());
        block(condition.value[0] != 0 ? b.then() : b.otherwise());
    }
}
