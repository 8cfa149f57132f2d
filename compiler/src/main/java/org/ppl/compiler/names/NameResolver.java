package org.ppl.compiler.names;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ppl.compiler.ast.Argument;
import org.ppl.compiler.ast.Expr;
import org.ppl.compiler.ast.Program;
import org.ppl.compiler.ast.Stmt;
import org.ppl.compiler.ast.Subscript;
import org.ppl.compiler.ast.TypeExpr;
import org.ppl.compiler.diag.Diagnostics;
import org.ppl.compiler.diag.NameDiagnostic;
import org.ppl.compiler.diag.SyntaxDiagnostic;
import org.ppl.compiler.source.SourceSpan;

/**
 * The names pass: binds every name of the syntax tree to a {@link Symbol}, in the order the
 * statements run (Python's rule: a name is visible after its definition). It reports unknown
 * names (with the nearest visible name), names used before their definition, redefinitions,
 * assignments to names that are not locals, and statements where they cannot be (a parameter
 * inside a loop, a {@code return} outside a function).
 *
 * <p>Scopes: a name first assigned inside a loop body or one branch of an {@code if} is local to
 * it; one assigned in every branch of an {@code if} with an {@code else} is visible after it.
 */
public final class NameResolver {
    private final Diagnostics diagnostics;
    private final Resolution resolution = new Resolution();
    /** The first top-level definition of every name, to tell "used before defined" from "unknown". */
    private final Map<String, SourceSpan> laterDefinitions = new HashMap<>();
    /** Names that went out of scope with their block, for the hint of an unknown name. */
    private final Map<String, String> blockLocals = new HashMap<>();
    private Scope scope;

    private NameResolver(Diagnostics diagnostics) {
        this.diagnostics = diagnostics;
        this.scope = new Scope(Scope.Kind.MODEL, Prelude.scope());
    }

    public static Resolution resolve(Program program, Diagnostics diagnostics) {
        NameResolver r = new NameResolver(diagnostics);
        r.collectDefinitions(program.statements());
        r.statements(program.statements());
        return r.resolution;
    }

    private void collectDefinitions(List<Stmt> statements) {
        for (Stmt s : statements) {
            if (s instanceof Stmt.Data d) laterDefinitions.putIfAbsent(d.name().name(), d.name().span());
            else if (s instanceof Stmt.Tilde t && t.target() instanceof Expr.Name n) laterDefinitions.putIfAbsent(n.name(), n.span());
            else if (s instanceof Stmt.Save v) laterDefinitions.putIfAbsent(v.name().name(), v.name().span());
            else if (s instanceof Stmt.Def d) laterDefinitions.putIfAbsent(d.name().name(), d.name().span());
            else if (s instanceof Stmt.Assign a) for (Expr.Name n : a.targets()) laterDefinitions.putIfAbsent(n.name(), n.span());
        }
    }

    private void statements(List<Stmt> statements) {
        for (Stmt s : statements) statement(s);
    }

    private void statement(Stmt s) {
        if (s instanceof Stmt.Data d) data(d);
        else if (s instanceof Stmt.Tilde t) tilde(t);
        else if (s instanceof Stmt.Assign a) assign(a);
        else if (s instanceof Stmt.Save v) save(v);
        else if (s instanceof Stmt.AddTarget t) addTarget(t);
        else if (s instanceof Stmt.Return r) returnStatement(r);
        else if (s instanceof Stmt.For f) forLoop(f);
        else if (s instanceof Stmt.If i) ifStatement(i);
        else def((Stmt.Def) s);
    }

    private void data(Stmt.Data d) {
        if (!topLevelOnly(d.span(), "a data declaration")) return;
        type(d.type());
        if (d.lower() != null) expr(d.lower());
        if (d.upper() != null) expr(d.upper());
        Symbol existing = scope.names.get(d.name().name());
        if (existing != null && existing.kind() == Symbol.Kind.SIZE) {
            diagnostics.report(new NameDiagnostic.SizeDeclaredLate(d.name().span(), d.name().name(), existing.span()));
            resolution.bind(d.name(), existing);
            return;
        }
        define(d.name(), Symbol.Kind.DATA, d);
    }

    /** Size names of a data type: a bare unknown name is a new size, taken from the data's shape. */
    private void type(TypeExpr t) {
        for (Expr size : t.sizes()) {
            if (size instanceof Expr.Name n && scope.lookup(n.name()) == null) {
                Symbol sym = new Symbol(n.name(), Symbol.Kind.SIZE, n.span(), null);
                scope.names.put(n.name(), sym);
                resolution.bind(n, sym);
            } else {
                expr(size);
            }
        }
        if (t.element() != null) type(t.element());
    }

    private void tilde(Stmt.Tilde t) {
        expr(t.distribution());
        if (scope.function() != null) {
            diagnostics.report(new SyntaxDiagnostic.MisplacedStatement(t.span(), "'~'", "inside a function (functions are pure)"));
            return;
        }
        if (t.target() instanceof Expr.Name n && scope.lookup(n.name()) == null) {
            if (topLevelOnly(t.span(), "a parameter (a '~' on a new name)")) define(n, Symbol.Kind.PARAMETER, t);
            return;
        }
        expr(t.target());
    }

    private void assign(Stmt.Assign a) {
        expr(a.value());
        for (Expr.Name target : a.targets()) {
            Symbol existing = scope.lookup(target.name());
            if (existing == null || existing.kind() == Symbol.Kind.BUILTIN || existing.kind() == Symbol.Kind.DISTRIBUTION
                    || existing.kind() == Symbol.Kind.NAMESPACE) {
                define(target, Symbol.Kind.LOCAL, a);
            } else if (existing.isReassignable()) {
                resolution.bind(target, existing);
            } else {
                diagnostics.report(new NameDiagnostic.AssignToNonLocal(target.span(), target.name(), existing.kind().description));
            }
        }
    }

    private void save(Stmt.Save v) {
        expr(v.value());
        if (topLevelOnly(v.span(), "'save'")) define(v.name(), Symbol.Kind.SAVED, v);
    }

    private void addTarget(Stmt.AddTarget t) {
        if (scope.function() != null) {
            diagnostics.report(new SyntaxDiagnostic.MisplacedStatement(t.span(), "'target +='", "inside a function (functions are pure)"));
        }
        expr(t.value());
    }

    private void returnStatement(Stmt.Return r) {
        if (scope.function() == null) {
            diagnostics.report(new SyntaxDiagnostic.MisplacedStatement(r.span(), "'return'", "outside a function"));
        }
        expr(r.value());
    }

    private void forLoop(Stmt.For f) {
        expr(f.range());
        Scope outer = scope;
        scope = new Scope(Scope.Kind.LOOP, outer);
        define(f.variable(), Symbol.Kind.LOOP_VARIABLE, f);
        statements(f.body());
        forget(scope, "the for loop at " + f.span().position());
        scope = outer;
    }

    /** Names defined in every branch (with an else) stay visible after the if, as one symbol. */
    private void ifStatement(Stmt.If i) {
        expr(i.condition());
        Scope outer = scope;
        Scope thenScope = new Scope(Scope.Kind.BRANCH, outer);
        scope = thenScope;
        statements(i.then());
        Scope elseScope = new Scope(Scope.Kind.BRANCH, outer);
        scope = elseScope;
        branch(i.otherwise(), siblingLocals(thenScope));
        scope = outer;
        if (!i.otherwise().isEmpty()) {
            for (Symbol sym : thenScope.names.values()) {
                if (sym.kind() == Symbol.Kind.LOCAL && elseScope.names.get(sym.name()) == sym) outer.names.put(sym.name(), sym);
            }
        }
        String where = "one branch of the if at " + i.span().position();
        forgetExcept(thenScope, outer, where);
        forgetExcept(elseScope, outer, where);
    }

    /** The else branch: a local it assigns that the then branch assigned too becomes the same symbol. */
    private void branch(List<Stmt> statements, Map<String, Symbol> fromThen) {
        for (Stmt s : statements) {
            if (s instanceof Stmt.Assign a) {
                for (Expr.Name target : a.targets()) {
                    Symbol same = fromThen.get(target.name());
                    if (same != null && scope.lookup(target.name()) == null) scope.names.put(target.name(), same);
                }
            }
            statement(s);
        }
    }

    private static Map<String, Symbol> siblingLocals(Scope branch) {
        Map<String, Symbol> locals = new HashMap<>();
        for (Symbol s : branch.names.values()) if (s.kind() == Symbol.Kind.LOCAL) locals.put(s.name(), s);
        return locals;
    }

    private void def(Stmt.Def d) {
        if (!topLevelOnly(d.span(), "a function definition")) return;
        Scope outer = scope;
        scope = new Scope(Scope.Kind.FUNCTION, outer);
        for (Expr.Name p : d.parameters()) {
            if (scope.names.containsKey(p.name())) {
                Symbol first = scope.names.get(p.name());
                diagnostics.report(new NameDiagnostic.Redefinition(p.span(), p.name(), first.kind().description, first.span()));
            } else {
                define(p, Symbol.Kind.ARGUMENT, d);
            }
        }
        List<Stmt> body = d.body();
        for (int k = 0; k < body.size(); k++) {
            Stmt s = body.get(k);
            boolean last = k == body.size() - 1;
            if (s instanceof Stmt.Return && !last) {
                diagnostics.report(new SyntaxDiagnostic.MisplacedStatement(s.span(), "'return'", "before the end of a function"));
            }
            checkNoReturnInside(s);
            statement(s);
        }
        if (body.isEmpty() || !(body.get(body.size() - 1) instanceof Stmt.Return)) {
            diagnostics.report(new SyntaxDiagnostic.MisplacedStatement(d.span(), "a function without 'return' at its end",
                    "in a model (a function gives one value: end it with return)"));
        }
        forget(scope, "the function '" + d.name().name() + "'");
        scope = outer;
        define(d.name(), Symbol.Kind.FUNCTION, d);
    }

    /** A return nested in a loop or branch of a function (only a final return is allowed). */
    private void checkNoReturnInside(Stmt s) {
        List<Stmt> nested = new ArrayList<>();
        if (s instanceof Stmt.For f) nested.addAll(f.body());
        if (s instanceof Stmt.If i) {
            nested.addAll(i.then());
            nested.addAll(i.otherwise());
        }
        for (Stmt n : nested) {
            if (n instanceof Stmt.Return) {
                diagnostics.report(new SyntaxDiagnostic.MisplacedStatement(n.span(), "'return'", "inside a loop or if (end the function with it)"));
            }
            checkNoReturnInside(n);
        }
    }

    private boolean topLevelOnly(SourceSpan span, String what) {
        if (scope.isTopLevel()) return true;
        diagnostics.report(new SyntaxDiagnostic.MisplacedStatement(span, what, scope.place()));
        return false;
    }

    private void define(Expr.Name name, Symbol.Kind kind, Stmt declaration) {
        Symbol existing = scope.names.get(name.name());
        if (existing != null && existing.kind() != Symbol.Kind.BUILTIN && existing.kind() != Symbol.Kind.DISTRIBUTION
                && existing.kind() != Symbol.Kind.NAMESPACE) {
            diagnostics.report(new NameDiagnostic.Redefinition(name.span(), name.name(), existing.kind().description, existing.span()));
            resolution.bind(name, existing);
            return;
        }
        Symbol sym = new Symbol(name.name(), kind, name.span(), declaration);
        scope.names.put(name.name(), sym);
        resolution.bind(name, sym);
    }

    private void forget(Scope block, String where) {
        for (String name : block.names.keySet()) blockLocals.putIfAbsent(name, where);
    }

    private void forgetExcept(Scope block, Scope outer, String where) {
        for (String name : block.names.keySet()) if (!outer.names.containsKey(name)) blockLocals.putIfAbsent(name, where);
    }

    // ------------------------------------------------------------------ expressions

    private void expr(Expr e) {
        if (e instanceof Expr.Name n) {
            use(n);
        } else if (e instanceof Expr.Unary u) {
            expr(u.operand());
        } else if (e instanceof Expr.Binary b) {
            expr(b.left());
            expr(b.right());
        } else if (e instanceof Expr.Call c) {
            expr(c.callee());
            for (Argument a : c.arguments()) expr(a.value());
        } else if (e instanceof Expr.Index ix) {
            expr(ix.target());
            for (Subscript s : ix.subscripts()) {
                if (s instanceof Subscript.At at) expr(at.index());
                else if (s instanceof Subscript.Slice slice) for (Expr part : parts(slice)) expr(part);
            }
        } else if (e instanceof Expr.Attribute a) {
            expr(a.target());
        } else if (e instanceof Expr.Tuple t) {
            for (Expr item : t.items()) expr(item);
        } else if (e instanceof Expr.ListExpr l) {
            for (Expr item : l.items()) expr(item);
        }
    }

    private static List<Expr> parts(Subscript.Slice s) {
        List<Expr> parts = new ArrayList<>();
        for (Expr p : new Expr[] {s.lower(), s.upper(), s.step()}) if (p != null) parts.add(p);
        return parts;
    }

    private void use(Expr.Name n) {
        Symbol sym = scope.lookup(n.name());
        if (sym != null) {
            resolution.bind(n, sym);
            return;
        }
        SourceSpan later = laterDefinitions.get(n.name());
        if (later != null && later.start() > n.span().start() && scope.function() == null) {
            diagnostics.report(new NameDiagnostic.UsedBeforeDefinition(n.span(), n.name(), later));
            return;
        }
        String hint = blockLocals.containsKey(n.name()) ? "'" + n.name() + "' is defined only inside " + blockLocals.get(n.name()) : null;
        if (hint == null && scope.function() != null && laterDefinitions.containsKey(n.name())) {
            hint = "a function sees only its arguments, its own names and earlier functions";
        }
        List<String> candidates = new ArrayList<>();
        scope.visibleNames().forEach(candidates::add);
        String suggestion = hint == null ? Suggestions.nearest(n.name(), candidates) : null;
        diagnostics.report(new NameDiagnostic.UnknownName(n.span(), n.name(), suggestion, hint));
    }
}
