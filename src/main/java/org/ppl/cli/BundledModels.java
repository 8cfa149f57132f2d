package org.ppl.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The models shipped in the {@code models/} module, found on the classpath as
 * {@code ppl/models/NAME/NAME.ppl} with {@code defaults.args} (the data they use when none is given).
 */
public final class BundledModels {
    /** The names of the bundled models, in the order `ppl --help` lists them. */
    public static final List<String> NAMES = List.of(
            "gplvm", "sparse_gplvm", "ppca", "gp_regression", "sparse_gp", "gp_classification", "eight_schools");

    private static final String ROOT = "ppl/models/";

    private BundledModels() {}

    /** A model's source and where to resolve its relative data paths. */
    public record Source(String name, String text, String origin, ResourceFolder folder) {}

    /** A folder of resources: a directory or a classpath prefix. */
    public interface ResourceFolder {
        InputStream open(String relativePath) throws IOException;

        String describe(String relativePath);
    }

    /** Whether {@code arg} names a bundled model rather than a file. */
    public static boolean isBundledName(String arg) {
        return NAMES.contains(arg) && !Files.exists(Path.of(arg));
    }

    /** The bundled model {@code name}, if there is one. */
    public static Optional<Source> find(String name) {
        if (!NAMES.contains(name)) return Optional.empty();
        ResourceFolder folder = classpathFolder(ROOT + name + "/");
        try (InputStream in = folder.open(name + ".ppl")) {
            return Optional.of(new Source(name, new String(in.readAllBytes(), StandardCharsets.UTF_8),
                    name + ".ppl", folder));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** The arguments in the model's {@code defaults.args} (one per line, '#' comments), or none. */
    public static List<String> defaultArguments(Source source) {
        List<String> args = new ArrayList<>();
        try (InputStream in = source.folder().open("defaults.args")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                String t = line.strip();
                if (!t.isEmpty() && !t.startsWith("#")) args.add(t);
            }
        } catch (IOException e) {
            return List.of();
        }
        return args;
    }

    static ResourceFolder classpathFolder(String prefix) {
        return new ResourceFolder() {
            @Override
            public InputStream open(String relativePath) throws IOException {
                String path = normalise(prefix + relativePath);
                InputStream in = BundledModels.class.getClassLoader().getResourceAsStream(path);
                if (in == null) throw new IOException("no bundled file " + relativePath);
                return in;
            }

            @Override
            public String describe(String relativePath) {
                return normalise(prefix + relativePath).substring(ROOT.length());
            }
        };
    }

    /** Resolves "a/b/../c" to "a/c" (classpath lookups do not). */
    static String normalise(String path) {
        List<String> parts = new ArrayList<>();
        for (String p : path.split("/")) {
            if (p.equals("..") && !parts.isEmpty()) parts.remove(parts.size() - 1);
            else if (!p.isEmpty() && !p.equals(".")) parts.add(p);
        }
        return String.join("/", parts);
    }
}
