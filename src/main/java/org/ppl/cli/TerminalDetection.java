package org.ppl.cli;

import org.jline.terminal.spi.SystemStream;
import org.jline.terminal.spi.TerminalProvider;

/**
 * Whether standard error is a terminal, so progress can be redrawn in place. JLine's exec
 * provider asks the system ({@code test -t 2}); where that is not possible, {@code
 * System.console()} (a terminal on standard input and output) decides.
 */
final class TerminalDetection {
    private TerminalDetection() {}

    static boolean stderrIsTerminal() {
        if ("dumb".equals(System.getenv("TERM"))) return false;
        try {
            return TerminalProvider.load("exec").isSystemStream(SystemStream.Error);
        } catch (Exception | LinkageError e) {
            return System.console() != null;
        }
    }
}
