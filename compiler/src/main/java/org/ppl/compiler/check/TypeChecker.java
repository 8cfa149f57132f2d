package org.ppl.compiler.check;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.ppl.compiler.ast.Argument;
import org.ppl.compiler.ast.Expr;
import org.ppl.compiler.ast.Program;
import org.ppl.compiler.ast.Stmt;
import org.ppl.compiler.diag.Diagnostics;
import org.ppl.compiler.diag.ShapeDiagnostic;
import org.ppl.compiler.ir.IrData;
import org.ppl.compiler.ir.IrExpr;
import org.ppl.compiler.ir.IrProgram;
import org.ppl.compiler.ir.IrStmt;
import org.ppl.compiler.names.Resolution;
import org.ppl.compiler.names.Symbol;
import org.ppl.compiler.roles.Roles;
import org.ppl.compiler.types.Shapes;
import org.ppl.compiler.types.Type;

/**
 * The types-and-shapes pass: walks the inlined program in order, types every expression with
 * symbolic sizes, checks each statement, and builds the typed IR. Priors and observed terms are
 * checked by {@link TildeChecker}, data declarations by {@link DataChecker}.
 */
public final class TypeChecker {
    private final CheckContext ctx;
    private final ExprChecker exprs;
    private final TildeChecker tildes;
    private final DataChecker data;
    private final List<IrData> declarations = new ArrayList<>();
    private final List<IrStmt.Sample> parameters = new ArrayList<>();

    private TypeChecker(Resolution resolution, Roles roles, Diagnostics diagnostics) {
        this.ctx = new CheckContext(resolution, diagnostics);
        this.exprs = new ExprChecker(ctx);
        this.tildes = new TildeChecker(ctx, exprs, roles);
        this.data = new DataChecker(ctx, exprs);
    }

    public static IrProgram check(Program program, Resolution resolution, Roles roles, Diagnostics diagnostics) {
        TypeChecker c = new TypeChecker(resolution, roles, diagnostics);
        List<IrStmt> body = c.block(program.statements());
        IrProgram ir = new IrProgram(program.source(), c.data.sizes(), c.declarations, c.parameters, body);
        PredictionUses.check(ir, diagnostics);
        return ir;
    }

    private List<IrStmt> block(List<Stmt> statements) {
        List<IrStmt> out = new ArrayList<>();
        for (Stmt s : statements) {
            IrStmt ir = statement(s);
            if (ir != null) out.add(ir);
        }
        return out;
    }

    /** The IR of {@code s}, or null when it has none (a data declaration) or is in error. */
    private IrStmt statement(Stmt s) {
        if (s instanceof Stmt.Data d) {
            IrData decl = data.declare(d);
            if (decl != null) declarations.add(decl);
            return null;
        }
        if (s instanceof Stmt.Tilde t) {
            IrStmt ir = tildes.tilde(t);
            if (ir instanceof IrStmt.Sample sample) parameters.add(sample);
            return ir;
        }
        if (s instanceof Stmt.Assign a) return assign(a);
        if (s instanceof Stmt.Save v) return save(v);
        if (s instanceof Stmt.AddTarget t) {
            IrExpr term = exprs.check(t.value());
            if (CheckContext.isUnknown(term)) return null;
            if (!(term.type() instanceof Type.Tensor)) {
                ctx.wrongType(t.value().span(), "the term of 'target +='", "a number or an array (summed)", term);
                return null;
            }
            return new IrStmt.AddTarget(term, t.span());
        }
        if (s instanceof Stmt.For f) return loop(f);
        if (s instanceof Stmt.If i) return branch(i);
        return null;
    }

    private IrStmt assign(Stmt.Assign a) {
        IrExpr value = exprs.check(a.value());
        List<Symbol> targets = new ArrayList<>();
        for (Expr.Name n : a.targets()) targets.add(ctx.resolution.symbol(n));
        if (targets.size() == 1) {
            bind(targets.get(0), value);
        } else if (value.type() instanceof Type.Tuple tuple && tuple.items().size() == targets.size()) {
            for (int i = 0; i < targets.size(); i++) {
                if (targets.get(i) != null) ctx.types.put(targets.get(i), tuple.items().get(i));
            }
        } else if (!CheckContext.isUnknown(value)) {
            ctx.wrongType(a.value().span(), "a value unpacked into " + targets.size() + " names", "a tuple of " + targets.size(), value);
            for (Symbol t : targets) if (t != null) ctx.types.put(t, Type.UNKNOWN);
            return null;
        }
        if (CheckContext.isUnknown(value) || targets.contains(null)) return null;
        return new IrStmt.Assign(targets, value, a.span());
    }

    private void bind(Symbol target, IrExpr value) {
        if (target == null) return;
        ctx.types.put(target, value.type());
        boolean integerScalar = value.type() instanceof Type.Tensor t && t.isScalar() && t.elem() != org.ppl.compiler.types.Elem.REAL;
        if (integerScalar) ctx.sizes.put(target, Dims.of(value, ctx));
        else ctx.sizes.remove(target);
    }

    private IrStmt save(Stmt.Save v) {
        IrExpr value = exprs.check(v.value());
        Symbol sym = ctx.resolution.symbol(v.name());
        if (sym != null) ctx.types.put(sym, value.type());
        if (CheckContext.isUnknown(value) || sym == null) return null;
        if (!(value.type() instanceof Type.Tensor)) {
            ctx.wrongType(v.value().span(), "a saved value", "a number or an array", value);
            return null;
        }
        return new IrStmt.Save(sym, value, v.span());
    }

    /** {@code for i in range(...)}: a value carried from one iteration to the next keeps its type. */
    private IrStmt loop(Stmt.For f) {
        IrExpr[] range = range(f.range());
        Symbol variable = ctx.resolution.symbol(f.variable());
        if (variable != null) ctx.types.put(variable, Type.INT);
        Map<Symbol, Type> before = new IdentityHashMap<>(ctx.types);
        List<IrStmt> body = block(f.body());
        for (Stmt s : f.body()) {
            if (!(s instanceof Stmt.Assign a)) continue;
            for (Expr.Name n : a.targets()) carried(ctx.resolution.symbol(n), before, n, "across iterations of the loop");
        }
        if (range == null || variable == null) return null;
        return new IrStmt.Loop(variable, range[0], range[1], range[2], body, f.span());
    }

    private void carried(Symbol sym, Map<Symbol, Type> before, Expr.Name at, String where) {
        if (sym == null) return;
        Type was = before.get(sym);
        Type now = ctx.types.get(sym);
        if (was == null || now == null || was instanceof Type.Unknown || now instanceof Type.Unknown) return;
        if (was instanceof Type.Tensor a && now instanceof Type.Tensor b && Shapes.compatible(a.dims(), b.dims())) return;
        if (!(was instanceof Type.Tensor) && was.getClass() == now.getClass()) return;
        ctx.diagnostics.report(new ShapeDiagnostic.ShapeChanges(at.span(), sym.name(), where, was.describe(), now.describe()));
    }

    /** start, stop, step of {@code range(stop)}, {@code range(start, stop)} or {@code range(start, stop, step)}. */
    private IrExpr[] range(Expr e) {
        if (!(e instanceof Expr.Call c && c.callee() instanceof Expr.Name n
                && ctx.resolution.symbol(n) != null && ctx.resolution.symbol(n).kind() == Symbol.Kind.BUILTIN
                && n.name().equals("range"))) {
            IrExpr v = exprs.check(e);
            if (!CheckContext.isUnknown(v)) ctx.wrongType(e.span(), "a for loop's iterable", "range(...)", v);
            return null;
        }
        for (Argument a : c.arguments()) {
            if (a.isKeyword()) {
                ctx.diagnostics.report(new ShapeDiagnostic.WrongType(a.span(), "range's arguments", "positional", "by keyword"));
                return null;
            }
        }
        int count = c.arguments().size();
        if (count < 1 || count > 3) {
            ctx.diagnostics.report(new ShapeDiagnostic.WrongType(c.span(), "range(...)", "given 1 to 3 integers", "given " + count));
            return null;
        }
        IrExpr[] parts = new IrExpr[3];
        boolean ok = true;
        for (int i = 0; i < count; i++) {
            parts[i] = exprs.integer(c.arguments().get(i).value(), "a bound of range");
            ok &= !CheckContext.isUnknown(parts[i]);
        }
        if (!ok) return null;
        if (count == 1) return new IrExpr[] {new IrExpr.Constant(0, Type.INT, c.span()), parts[0], new IrExpr.Constant(1, Type.INT, c.span())};
        if (count == 2) parts[2] = new IrExpr.Constant(1, Type.INT, c.span());
        if (Literals.value(parts[2]) != null && Literals.value(parts[2]) == 0) {
            ctx.diagnostics.report(new ShapeDiagnostic.WrongType(parts[2].span(), "range's step", "nonzero", "0"));
            return null;
        }
        return parts;
    }

    /** {@code if}: a name both branches assign must have one type after it. */
    private IrStmt branch(Stmt.If i) {
        IrExpr condition = exprs.check(i.condition());
        boolean ok = !CheckContext.isUnknown(condition);
        if (ok && !(condition.type() instanceof Type.Tensor t && t.isScalar())) {
            ctx.wrongType(i.condition().span(), "the condition of an if", "a scalar", condition);
            ok = false;
        }
        Map<Symbol, Type> before = new IdentityHashMap<>(ctx.types);
        List<IrStmt> then = block(i.then());
        Map<Symbol, Type> afterThen = ctx.types;
        ctx.types = new IdentityHashMap<>(before);
        List<IrStmt> otherwise = block(i.otherwise());
        for (Map.Entry<Symbol, Type> e : afterThen.entrySet()) {
            Type other = ctx.types.get(e.getKey());
            if (other == null) {
                ctx.types.put(e.getKey(), e.getValue());
            } else if (other != e.getValue() && !i.otherwise().isEmpty()) {
                Map<Symbol, Type> asThen = new IdentityHashMap<>();
                asThen.put(e.getKey(), e.getValue());
                carried(e.getKey(), asThen, new Expr.Name(e.getKey().name(), i.span()), "between the branches of the if");
            }
        }
        return ok ? new IrStmt.Branch(condition, then, otherwise, i.span()) : null;
    }
}
