package org.ppl.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;

/**
 * The shared data folder beside the repository ({@code ../shared/data} from its root), or the folder
 * named by the system property {@code ppl.shared.data} (for a checkout that lives elsewhere).
 */
final class SharedData {
    private SharedData() {}

    /** The folder {@code sub} of the shared data; the test is skipped with a message when it is absent. */
    static Path folder(String sub) {
        String override = System.getProperty("ppl.shared.data");
        Path root = repositoryRoot();
        Path base = override != null ? Path.of(override) : root == null ? null : root.resolve("../shared/data");
        Path folder = base == null ? null : base.resolve(sub).normalize();
        Assumptions.assumeTrue(folder != null && Files.exists(folder),
                "skipped: the shared data " + sub + " is not beside the repository (../shared/data/" + sub + ")");
        return folder;
    }

    /** The nearest folder up from the working directory whose pom.xml lists modules. */
    private static Path repositoryRoot() {
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            Path pom = p.resolve("pom.xml");
            try {
                if (Files.exists(pom) && Files.readString(pom).contains("<modules>")) return p;
            } catch (IOException e) {
                return null;
            }
        }
        return null;
    }
}
