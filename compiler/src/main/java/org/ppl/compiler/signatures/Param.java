package org.ppl.compiler.signatures;

/**
 * A parameter of something callable: its name, whether it must be given, and how it may be given
 * (positionally or by keyword, or by keyword only as PyMC's GP constructors take theirs).
 */
public record Param(String name, boolean required, boolean keywordOnly) {
    public static Param required(String name) {
        return new Param(name, true, false);
    }

    public static Param optional(String name) {
        return new Param(name, false, false);
    }

    public static Param keyword(String name, boolean required) {
        return new Param(name, required, true);
    }
}
