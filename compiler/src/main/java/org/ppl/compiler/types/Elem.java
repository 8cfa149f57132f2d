package org.ppl.compiler.types;

/** The element kind of an array value. Parameters are always real; integers and booleans come from data. */
public enum Elem {
    BOOL("bool"), INT("int"), REAL("real");

    public final String spelling;

    Elem(String spelling) {
        this.spelling = spelling;
    }

    /** The kind of an arithmetic result: the wider of the two (bool and int arithmetic gives int). */
    public static Elem widen(Elem a, Elem b) {
        if (a == REAL || b == REAL) return REAL;
        return INT;
    }
}
