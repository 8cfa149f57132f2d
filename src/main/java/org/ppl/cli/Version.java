package org.ppl.cli;

import picocli.CommandLine;

/** The version printed by {@code ppl --version}. */
final class Version implements CommandLine.IVersionProvider {
    static final String VERSION = "0.1.0";

    @Override
    public String[] getVersion() {
        return new String[] {"ppl " + VERSION + " (Java " + System.getProperty("java.version") + ")"};
    }
}
