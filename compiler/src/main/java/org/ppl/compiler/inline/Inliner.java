package org.ppl.compiler.inline;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.ppl.compiler.ast.Argument;
import org.ppl.compiler.ast.Expr;
import org.ppl.compiler.ast.Program;
import org.ppl.compiler.ast.Stmt;
import org.ppl.compiler.ast.Subscript;
import org.ppl.compiler.diag.Diagnostics;
import org.ppl.compiler.names.Resolution;
import org.ppl.compiler.names.Symbol;
import org.ppl.compiler.signatures.ArgumentMatcher;
import org.ppl.compiler.signatures.Param;
import org.ppl.compiler.signatures.Signature;

/**
 * The inlining pass: replaces every call of a user function by its body. The body's statements
 * are placed before the statement holding the call (functions are pure, so moving their work
 * earlier changes nothing), with its arguments and locals renamed {@code f#k.name} for the k-th
 * inlined call; the call itself becomes the renamed return expression. Function definitions are
 * dropped from the result, which has no user calls left (a call whose arguments do not fit is
 * reported and left in place; later passes type it as unknown without a second report).
 */
public final class Inliner {
    private final Resolution resolution;
    private final Diagnostics diagnostics;
    private final Map<Symbol, Stmt.Def> functions = new IdentityHashMap<>();
    private int calls;

    private Inliner(Resolution resolution, Diagnostics diagnostics) {
        this.resolution = resolution;
        this.diagnostics = diagnostics;
    }

    public static Program inline(Program program, Resolution resolution, Diagnostics diagnostics) {
        Inliner inliner = new Inliner(resolution, diagnostics);
        return new Program(program.source(), inliner.block(program.statements(), null));
    }

    /** Renames the symbols of one inlined call; null outside functions. */
    private final class Renaming {
        final String prefix;
        final Map<Symbol, Symbol> fresh = new IdentityHashMap<>();

        Renaming(String prefix) {
            this.prefix = prefix;
        }

        Expr.Name rename(Expr.Name n, Symbol sym) {
            Symbol copy = fresh.computeIfAbsent(sym, s -> new Symbol(prefix + s.name(), s.kind() == Symbol.Kind.LOOP_VARIABLE
                    ? Symbol.Kind.LOOP_VARIABLE : Symbol.Kind.LOCAL, s.span(), s.declaration()));
            Expr.Name renamed = new Expr.Name(copy.name(), n.span());
            resolution.bindCopy(renamed, copy);
            return renamed;
        }
    }

    private List<Stmt> block(List<Stmt> statements, Renaming ren) {
        List<Stmt> out = new ArrayList<>();
        for (Stmt s : statements) statement(s, out, ren);
        return out;
    }

    private void statement(Stmt s, List<Stmt> out, Renaming ren) {
        if (s instanceof Stmt.Def d) {
            Symbol sym = resolution.symbol(d.name());
            if (sym != null && sym.kind() == Symbol.Kind.FUNCTION) functions.put(sym, d);
        } else if (s instanceof Stmt.Data d) {
            out.add(new Stmt.Data(d.name(), d.type(), d.defaultValue(), opt(d.lower(), out, ren), opt(d.upper(), out, ren), d.span()));
        } else if (s instanceof Stmt.Tilde t) {
            Expr dist = expr(t.distribution(), out, ren);
            out.add(new Stmt.Tilde(expr(t.target(), out, ren), dist, t.span()));
        } else if (s instanceof Stmt.Assign a) {
            Expr value = expr(a.value(), out, ren);
            out.add(new Stmt.Assign(a.targets().stream().map(n -> name(n, ren)).toList(), value, a.span()));
        } else if (s instanceof Stmt.Save v) {
            out.add(new Stmt.Save(v.name(), expr(v.value(), out, ren), v.span()));
        } else if (s instanceof Stmt.AddTarget t) {
            out.add(new Stmt.AddTarget(expr(t.value(), out, ren), t.span()));
        } else if (s instanceof Stmt.For f) {
            Expr range = expr(f.range(), out, ren);
            out.add(new Stmt.For(name(f.variable(), ren), range, block(f.body(), ren), f.span()));
        } else if (s instanceof Stmt.If i) {
            Expr condition = expr(i.condition(), out, ren);
            out.add(new Stmt.If(condition, block(i.then(), ren), block(i.otherwise(), ren), i.span()));
        }
        // A return outside its place was reported by the names pass; it has no effect here.
    }

    private Expr opt(Expr e, List<Stmt> out, Renaming ren) {
        return e == null ? null : expr(e, out, ren);
    }

    private Expr.Name name(Expr.Name n, Renaming ren) {
        Symbol sym = resolution.symbol(n);
        if (ren == null || sym == null) return n;
        Symbol.Kind k = sym.kind();
        boolean local = k == Symbol.Kind.LOCAL || k == Symbol.Kind.ARGUMENT || k == Symbol.Kind.LOOP_VARIABLE;
        return local ? ren.rename(n, sym) : n;
    }

    private Expr expr(Expr e, List<Stmt> out, Renaming ren) {
        if (e instanceof Expr.Name n) return name(n, ren);
        if (e instanceof Expr.Unary u) return new Expr.Unary(u.op(), expr(u.operand(), out, ren), u.span());
        if (e instanceof Expr.Binary b) {
            Expr left = expr(b.left(), out, ren);
            return new Expr.Binary(b.op(), left, expr(b.right(), out, ren), b.opSpan(), b.span());
        }
        if (e instanceof Expr.Call c) return call(c, out, ren);
        if (e instanceof Expr.Index ix) {
            Expr target = expr(ix.target(), out, ren);
            List<Subscript> subs = new ArrayList<>();
            for (Subscript s : ix.subscripts()) {
                if (s instanceof Subscript.At at) {
                    subs.add(new Subscript.At(expr(at.index(), out, ren), at.span()));
                } else if (s instanceof Subscript.Ellipsis) {
                    subs.add(s);
                } else {
                    Subscript.Slice sl = (Subscript.Slice) s;
                    subs.add(new Subscript.Slice(opt(sl.lower(), out, ren), opt(sl.upper(), out, ren), opt(sl.step(), out, ren), sl.span()));
                }
            }
            return new Expr.Index(target, subs, ix.span());
        }
        if (e instanceof Expr.Attribute a) return new Expr.Attribute(expr(a.target(), out, ren), a.name(), a.nameSpan(), a.span());
        if (e instanceof Expr.Tuple t) return new Expr.Tuple(exprs(t.items(), out, ren), t.span());
        if (e instanceof Expr.ListExpr l) return new Expr.ListExpr(exprs(l.items(), out, ren), l.span());
        return e;
    }

    private List<Expr> exprs(List<Expr> items, List<Stmt> out, Renaming ren) {
        List<Expr> copies = new ArrayList<>();
        for (Expr item : items) copies.add(expr(item, out, ren));
        return copies;
    }

    private Expr call(Expr.Call c, List<Stmt> out, Renaming ren) {
        Expr callee = expr(c.callee(), out, ren);
        List<Argument> args = new ArrayList<>();
        for (Argument a : c.arguments()) args.add(new Argument(a.keyword(), a.keywordSpan(), expr(a.value(), out, ren), a.span()));
        Symbol sym = callee instanceof Expr.Name n ? resolution.symbol(n) : null;
        Stmt.Def def = sym == null ? null : functions.get(sym);
        if (def == null) return new Expr.Call(callee, args, c.span());
        Map<String, Argument> bound = ArgumentMatcher.match(signature(def), args, c.span(), diagnostics);
        if (bound == null || def.body().isEmpty() || !(def.body().get(def.body().size() - 1) instanceof Stmt.Return ret)) {
            return new Expr.Call(callee, args, c.span());
        }
        Renaming inner = new Renaming(def.name().name() + "#" + (++calls) + ".");
        for (Expr.Name p : def.parameters()) {
            Argument a = bound.get(p.name());
            out.add(new Stmt.Assign(List.of(name(p, inner)), a.value(), a.span()));
        }
        for (Stmt s : def.body().subList(0, def.body().size() - 1)) statement(s, out, inner);
        return expr(ret.value(), out, inner);
    }

    private static Signature signature(Stmt.Def def) {
        List<Param> params = def.parameters().stream().map(p -> Param.required(p.name())).toList();
        return new Signature(def.name().name(), params);
    }
}
