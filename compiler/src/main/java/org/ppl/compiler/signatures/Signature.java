package org.ppl.compiler.signatures;

import java.util.List;

/** The parameters of something callable, in positional order; {@code callee} is its name in messages. */
public record Signature(String callee, List<Param> params) {
    public static Signature of(String callee, Param... params) {
        return new Signature(callee, List.of(params));
    }

    /** The names of the parameters that may be given positionally. */
    public List<String> positionalNames() {
        return params.stream().filter(p -> !p.keywordOnly()).map(Param::name).toList();
    }

    public List<String> names() {
        return params.stream().map(Param::name).toList();
    }
}
