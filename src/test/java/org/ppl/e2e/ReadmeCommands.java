package org.ppl.e2e;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The {@code ./ppl} commands of the README's code blocks, in order, and the repository they run in. */
final class ReadmeCommands {
    private ReadmeCommands() {}

    /** The repository's root: the nearest folder up from here whose pom.xml lists modules. */
    static Path repositoryRoot() {
        Path p = Path.of("").toAbsolutePath();
        while (p != null) {
            Path pom = p.resolve("pom.xml");
            try {
                if (Files.exists(pom) && Files.readString(pom).contains("<modules>")) return p;
            } catch (IOException e) {
                throw new IllegalStateException("cannot read " + pom, e);
            }
            p = p.getParent();
        }
        throw new IllegalStateException("no repository root above " + Path.of("").toAbsolutePath());
    }

    /**
     * Every line of a fenced code block that starts with {@code ./ppl} (or {@code $ ./ppl}), without
     * a trailing {@code # comment}.
     */
    static List<String> in(String markdown) {
        List<String> commands = new ArrayList<>();
        boolean inBlock = false;
        for (String line : markdown.split("\n")) {
            String t = line.strip();
            if (t.startsWith("```")) {
                inBlock = !inBlock;
                continue;
            }
            if (!inBlock) continue;
            if (t.startsWith("$ ")) t = t.substring(2);
            if (!t.startsWith("./ppl ")) continue;
            int hash = t.indexOf(" #");
            commands.add((hash < 0 ? t : t.substring(0, hash)).strip());
        }
        return commands;
    }
}
