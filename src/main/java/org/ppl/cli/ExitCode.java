package org.ppl.cli;

/** The exit codes of the ppl command (DESIGN.md). */
public final class ExitCode {
    public static final int OK = 0;
    public static final int USER_ERROR = 1;
    public static final int INTERNAL_ERROR = 2;

    private ExitCode() {}
}
