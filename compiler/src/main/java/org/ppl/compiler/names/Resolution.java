package org.ppl.compiler.names;

import java.util.IdentityHashMap;
import java.util.Map;
import org.ppl.compiler.ast.Expr;

/**
 * The output of name resolution: the symbol every name node of the syntax tree stands for (uses
 * and definitions alike). Keyed by node identity. Names that could not be resolved are absent
 * (and were reported). The inliner adds the names of the code it copies.
 */
public final class Resolution {
    private final Map<Expr.Name, Symbol> symbols = new IdentityHashMap<>();

    void bind(Expr.Name name, Symbol symbol) {
        symbols.put(name, symbol);
    }

    /** Binds a name made by a later pass (the inliner's renamed copies). */
    public void bindCopy(Expr.Name name, Symbol symbol) {
        symbols.put(name, symbol);
    }

    /** The symbol of {@code name}, or null when it was not resolved. */
    public Symbol symbol(Expr.Name name) {
        return symbols.get(name);
    }
}
