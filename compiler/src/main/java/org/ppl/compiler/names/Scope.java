package org.ppl.compiler.names;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A table of names. The chain is: the prelude (built-ins), the model, then nested blocks (loop
 * bodies, if branches) and function bodies. A function body sees through to the model's
 * functions only, not its values: functions are pure in their arguments.
 */
final class Scope {
    enum Kind {
        PRELUDE, MODEL, LOOP, BRANCH, FUNCTION
    }

    final Kind kind;
    final Scope parent;
    final Map<String, Symbol> names = new LinkedHashMap<>();

    Scope(Kind kind, Scope parent) {
        this.kind = kind;
        this.parent = parent;
    }

    /** The symbol {@code name} stands for here, or null. */
    Symbol lookup(String name) {
        boolean inFunction = false;
        for (Scope s = this; s != null; s = s.parent) {
            Symbol found = s.names.get(name);
            if (found != null && (!inFunction || s.kind != Kind.MODEL || found.kind() == Symbol.Kind.FUNCTION)) return found;
            if (s.kind == Kind.FUNCTION) inFunction = true;
        }
        return null;
    }

    /** Every name visible here, innermost first (for suggestions). */
    Iterable<String> visibleNames() {
        Map<String, Boolean> all = new LinkedHashMap<>();
        boolean inFunction = false;
        for (Scope s = this; s != null; s = s.parent) {
            for (Symbol sym : s.names.values()) {
                if (!inFunction || s.kind != Kind.MODEL || sym.kind() == Symbol.Kind.FUNCTION) all.putIfAbsent(sym.name(), true);
            }
            if (s.kind == Kind.FUNCTION) inFunction = true;
        }
        return all.keySet();
    }

    /** The innermost function body this scope is in, or null. */
    Scope function() {
        for (Scope s = this; s != null; s = s.parent) if (s.kind == Kind.FUNCTION) return s;
        return null;
    }

    /** Whether this is the model's top level (not inside a block or function). */
    boolean isTopLevel() {
        return kind == Kind.MODEL;
    }

    /** Where a statement placed here sits, for messages: "inside a for loop". */
    String place() {
        if (function() != null) return "inside a function";
        for (Scope s = this; s != null; s = s.parent) {
            if (s.kind == Kind.LOOP) return "inside a for loop";
            if (s.kind == Kind.BRANCH) return "inside an if";
        }
        return "here";
    }
}
