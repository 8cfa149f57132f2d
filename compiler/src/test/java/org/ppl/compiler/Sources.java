package org.ppl.compiler;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.ppl.compiler.diag.Diagnostics;
import org.ppl.compiler.source.SourceFile;

/** Test helper: the model files under {@code src/test/resources} and compiling them. */
final class Sources {
    static final List<String> BUNDLED = List.of("gplvm", "ppca", "sparse_gp", "eight_schools");
    static final Path RESOURCES = Path.of("src/test/resources");

    private Sources() {}

    static SourceFile model(String name) {
        return file(RESOURCES.resolve("models").resolve(name + ".ppl"));
    }

    static SourceFile file(Path path) {
        try {
            return new SourceFile(path.getFileName().toString(), Files.readString(path));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Compiles a source that must be correct; fails with the rendered diagnostics otherwise. */
    static Compiler.Compilation compileClean(SourceFile source) {
        Diagnostics d = new Diagnostics();
        Compiler.Compilation c = Compiler.compile(source, d);
        if (d.hasErrors() || !c.succeeded()) throw new AssertionError(source.name() + " has errors:\n" + d.render());
        return c;
    }
}
