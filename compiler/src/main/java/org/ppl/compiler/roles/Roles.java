package org.ppl.compiler.roles;

import java.util.IdentityHashMap;
import java.util.Map;
import org.ppl.compiler.ast.Stmt;

/** The output of the roles pass: what each {@code ~} statement is. */
public final class Roles {
    /** A {@code ~} either gives a new parameter its prior or adds an observed term to the likelihood. */
    public enum TildeRole {
        PRIOR, OBSERVED
    }

    private final Map<Stmt.Tilde, TildeRole> tildes = new IdentityHashMap<>();

    void put(Stmt.Tilde t, TildeRole role) {
        tildes.put(t, role);
    }

    /** The role of {@code t}, or null when it is in error. */
    public TildeRole of(Stmt.Tilde t) {
        return tildes.get(t);
    }
}
