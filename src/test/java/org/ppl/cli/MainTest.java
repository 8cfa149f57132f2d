package org.ppl.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class MainTest {
    record Run(int code, String out, String err) {}

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void versionAndHelp() {
        Run v = run("--version");
        assertEquals(0, v.code());
        assertTrue(v.out().startsWith("ppl 0.1.0"), v.out());
        Run h = run("--help");
        assertEquals(0, h.code());
        assertTrue(h.out().contains("Examples:"), h.out());
    }

    @Test
    void unknownOptionIsAUserErrorWithAHint() {
        Run r = run("--frobnicate");
        assertEquals(ExitCode.USER_ERROR, r.code());
        assertTrue(r.err().contains("Unknown option: '--frobnicate'"), r.err());
        assertTrue(r.err().contains("run 'ppl --help'"), r.err());
    }

    @Test
    void noSubcommandIsAUserError() {
        Run r = run();
        assertEquals(ExitCode.USER_ERROR, r.code());
        assertTrue(r.err().contains("a subcommand is needed"), r.err());
    }

    @Test
    void replSaysItIsNotHereYet() {
        Run r = run("repl");
        assertEquals(0, r.code());
        assertTrue(r.out().contains("REPL is not part of this version"), r.out());
    }

    @Test
    void everyCommandHasHelpWithExamples() {
        for (String command : java.util.List.of("sample", "fit", "check", "diagnose", "summary", "plot", "predict")) {
            Run r = run(command, "--help");
            assertEquals(0, r.code(), command);
            assertTrue(r.out().contains("Examples:\n  ppl " + command + " "), command + ": " + r.out());
        }
        Run root = run("--help");
        assertTrue(root.out().matches("(?s).*Commands:.*sample.*fit.*check.*diagnose.*summary.*plot.*predict.*repl.*"), root.out());
    }

    @Test
    void anInternalErrorIsOneSentenceUnlessDebugging() {
        CliEnvironment failing = CliEnvironment.plain(request -> {
            throw new IllegalStateException("boom");
        });
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(new String[] {"diagnose", "m"}, new PrintWriter(out, true), new PrintWriter(err, true), failing);
        assertEquals(ExitCode.INTERNAL_ERROR, code);
        assertEquals("ppl: internal error: java.lang.IllegalStateException: boom\nThis is a bug in ppl, not in your model. "
                + "Run again with --debug for the details, and report it with the model and the command.\n",
                err.toString());
        StringWriter debug = new StringWriter();
        Main.run(new String[] {"diagnose", "m", "--debug"}, new PrintWriter(out, true), new PrintWriter(debug, true),
                failing);
        assertTrue(debug.toString().contains("\tat org.ppl.cli."), debug.toString());
    }
}
