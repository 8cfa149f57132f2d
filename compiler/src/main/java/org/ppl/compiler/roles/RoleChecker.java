package org.ppl.compiler.roles;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.ppl.compiler.ast.Argument;
import org.ppl.compiler.ast.Expr;
import org.ppl.compiler.ast.Program;
import org.ppl.compiler.ast.Stmt;
import org.ppl.compiler.ast.Subscript;
import org.ppl.compiler.diag.Diagnostics;
import org.ppl.compiler.diag.RoleDiagnostic;
import org.ppl.compiler.names.Resolution;
import org.ppl.compiler.names.Symbol;

/**
 * The roles pass, on the inlined program: follows which values depend on parameters, and from
 * that classifies each {@code ~}: on a name it defines, a prior; on data or on a value computed
 * from data only, an observed term; on anything that depends on a parameter, an error. It also
 * requires data-only values where the program's structure must be known before sampling: the
 * conditions of {@code if}, the ranges of {@code for}, and data bounds.
 */
public final class RoleChecker {
    private final Resolution resolution;
    private final Diagnostics diagnostics;
    private final Roles roles = new Roles();
    /** For each local or saved value: the first parameter it depends on, or absent when data-only. */
    private Map<Symbol, Symbol> dependsOn = new IdentityHashMap<>();
    private final Map<Symbol, Stmt.Tilde> priors = new IdentityHashMap<>();

    private RoleChecker(Resolution resolution, Diagnostics diagnostics) {
        this.resolution = resolution;
        this.diagnostics = diagnostics;
    }

    public static Roles check(Program program, Resolution resolution, Diagnostics diagnostics) {
        RoleChecker c = new RoleChecker(resolution, diagnostics);
        c.statements(program.statements());
        return c.roles;
    }

    private void statements(List<Stmt> statements) {
        for (Stmt s : statements) statement(s);
    }

    private void statement(Stmt s) {
        if (s instanceof Stmt.Data d) {
            requireData(d.lower(), "the lower bound of '" + d.name().name() + "'");
            requireData(d.upper(), "the upper bound of '" + d.name().name() + "'");
        } else if (s instanceof Stmt.Tilde t) {
            tilde(t);
        } else if (s instanceof Stmt.Assign a) {
            Symbol culprit = parameterIn(a.value());
            for (Expr.Name n : a.targets()) set(resolution.symbol(n), culprit);
        } else if (s instanceof Stmt.Save v) {
            set(resolution.symbol(v.name()), parameterIn(v.value()));
        } else if (s instanceof Stmt.For f) {
            requireData(f.range(), "the range of a for loop");
            // Twice: the second pass sees what the first iteration leaves in carried locals.
            statements(f.body());
            statements(f.body());
        } else if (s instanceof Stmt.If i) {
            requireData(i.condition(), "the condition of an if");
            Map<Symbol, Symbol> before = new IdentityHashMap<>(dependsOn);
            statements(i.then());
            Map<Symbol, Symbol> afterThen = dependsOn;
            dependsOn = new IdentityHashMap<>(before);
            statements(i.otherwise());
            afterThen.forEach((k, v) -> dependsOn.putIfAbsent(k, v));
        }
    }

    private void tilde(Stmt.Tilde t) {
        if (t.target() instanceof Expr.Name n) {
            Symbol sym = resolution.symbol(n);
            if (sym == null) return;
            if (sym.kind() == Symbol.Kind.PARAMETER) {
                if (sym.span().equals(n.span())) {
                    roles.put(t, Roles.TildeRole.PRIOR);
                    priors.put(sym, t);
                } else {
                    diagnostics.report(new RoleDiagnostic.SecondPrior(n.span(), n.name(), sym.span()));
                }
                return;
            }
        }
        Symbol culprit = parameterIn(t.target());
        if (culprit != null) {
            diagnostics.report(new RoleDiagnostic.DependsOnParameter(t.target().span(), "the observed value (left of '~')", culprit.name()));
            return;
        }
        roles.put(t, Roles.TildeRole.OBSERVED);
    }

    private void set(Symbol sym, Symbol culprit) {
        if (sym == null) return;
        if (culprit == null) dependsOn.remove(sym);
        else dependsOn.put(sym, culprit);
    }

    private void requireData(Expr e, String what) {
        if (e == null) return;
        Symbol culprit = parameterIn(e);
        if (culprit != null) diagnostics.report(new RoleDiagnostic.DependsOnParameter(e.span(), what, culprit.name()));
    }

    /** The first parameter {@code e} depends on, or null when it is computed from data only. */
    private Symbol parameterIn(Expr e) {
        if (e == null) return null;
        if (e instanceof Expr.Name n) {
            Symbol sym = resolution.symbol(n);
            if (sym == null) return null;
            return sym.kind() == Symbol.Kind.PARAMETER ? sym : dependsOn.get(sym);
        }
        if (e instanceof Expr.Unary u) return parameterIn(u.operand());
        if (e instanceof Expr.Binary b) return first(parameterIn(b.left()), b.right());
        if (e instanceof Expr.Call c) {
            Symbol found = parameterIn(c.callee());
            for (Argument a : c.arguments()) found = first(found, a.value());
            return found;
        }
        if (e instanceof Expr.Index ix) {
            Symbol found = parameterIn(ix.target());
            for (Subscript s : ix.subscripts()) {
                if (s instanceof Subscript.At at) {
                    found = first(found, at.index());
                } else if (s instanceof Subscript.Slice) {
                    Subscript.Slice sl = (Subscript.Slice) s;
                    found = first(first(first(found, sl.lower()), sl.upper()), sl.step());
                }
            }
            return found;
        }
        if (e instanceof Expr.Attribute a) return parameterIn(a.target());
        if (e instanceof Expr.Tuple t) return firstOf(t.items());
        if (e instanceof Expr.ListExpr l) return firstOf(l.items());
        return null;
    }

    private Symbol first(Symbol found, Expr next) {
        return found != null ? found : parameterIn(next);
    }

    private Symbol firstOf(List<Expr> items) {
        Symbol found = null;
        for (Expr item : items) found = first(found, item);
        return found;
    }
}
