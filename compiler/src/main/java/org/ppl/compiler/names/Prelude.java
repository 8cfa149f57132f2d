package org.ppl.compiler.names;

import org.ppl.compiler.signatures.Builtin;
import org.ppl.compiler.signatures.DistributionSignatures;

/** The names every model sees: built-in functions, distributions and the {@code gp} namespace. */
final class Prelude {
    private Prelude() {}

    /** A fresh prelude scope (symbols are cheap; a fresh one keeps compilations independent). */
    static Scope scope() {
        Scope prelude = new Scope(Scope.Kind.PRELUDE, null);
        for (String name : Builtin.functionNames()) add(prelude, name, Symbol.Kind.BUILTIN);
        for (String name : DistributionSignatures.names()) add(prelude, name, Symbol.Kind.DISTRIBUTION);
        add(prelude, "gp", Symbol.Kind.NAMESPACE);
        return prelude;
    }

    private static void add(Scope scope, String name, Symbol.Kind kind) {
        scope.names.put(name, new Symbol(name, kind, null, null));
    }
}
