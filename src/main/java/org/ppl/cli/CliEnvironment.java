package org.ppl.cli;

import java.util.function.BooleanSupplier;
import org.ppl.cli.load.ModelLoading;
import org.ppl.cli.load.LanguageCompiler;
import org.ppl.cli.load.SourceLoading;

/**
 * What the commands take from the world outside their arguments: how models are loaded, whether
 * standard error is a terminal (progress bars redrawn in place), what Ctrl-C does, and where
 * files go. The command line uses {@link #standard()}; tests and Java callers give their own.
 */
public record CliEnvironment(ModelLoading models, BooleanSupplier terminal, Interrupts interrupts,
        OutputFolder.Storage storage) {

    /** Models from sources and data, the terminal as detected, Ctrl-C as a shutdown hook, the file system. */
    public static CliEnvironment standard() {
        return new CliEnvironment(new SourceLoading(new LanguageCompiler()), TerminalDetection::stderrIsTerminal,
                ShutdownHook::install, OutputFolder.Storage.FILES);
    }

    /** {@code models}, no terminal, no Ctrl-C handling, the file system. */
    public static CliEnvironment plain(ModelLoading models) {
        return new CliEnvironment(models, () -> false, Interrupts.NONE, OutputFolder.Storage.FILES);
    }

    public CliEnvironment withStorage(OutputFolder.Storage s) {
        return new CliEnvironment(models, terminal, interrupts, s);
    }
}
