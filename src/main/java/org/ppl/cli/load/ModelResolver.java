package org.ppl.cli.load;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.ppl.cli.BundledModels;
import org.ppl.cli.UserError;
import org.ppl.compiler.names.Suggestions;

/**
 * Finds a model's source from the command line's MODEL argument: a bundled model's bare name
 * ({@code gplvm}), else a file. A bare word that is neither is taken for a misspelt model name.
 */
public final class ModelResolver {
    private ModelResolver() {}

    /**
     * The bundled source, or the file's.
     *
     * @throws UserError for a missing or unreadable file and an unknown model name
     */
    public static ModelSource resolve(String argument) {
        if (BundledModels.isBundledName(argument)) {
            BundledModels.Source s = BundledModels.find(argument)
                    .orElseThrow(() -> new UserError("ppl: the bundled model '" + argument + "' is missing from this "
                            + "build of ppl"));
            return new ModelSource(s.name(), s.text(), s.origin(), true);
        }
        Path file = Path.of(argument);
        if (!Files.exists(file) && looksLikeName(argument)) throw unknownName(argument);
        if (Files.isDirectory(file)) throw new UserError("ppl: " + argument + " is a folder, not a .ppl file");
        try {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            return new ModelSource(nameOf(file), text, argument, false);
        } catch (NoSuchFileException e) {
            throw new UserError("ppl: " + argument + ": no such file");
        } catch (IOException e) {
            throw new UserError("ppl: " + argument + ": cannot read the file: " + e.getMessage());
        }
    }

    /** A word without a folder or an extension: meant as a model's name, not a file. */
    static boolean looksLikeName(String argument) {
        return argument.matches("[A-Za-z_][A-Za-z0-9_]*");
    }

    static UserError unknownName(String name) {
        String nearest = Suggestions.nearest(name, BundledModels.NAMES);
        String hint = nearest == null ? "" : "did you mean '" + nearest + "'? ";
        return new UserError("ppl: unknown model '" + name + "'; " + hint + "Bundled models: "
                + String.join(", ", BundledModels.NAMES) + "; or give the path of a .ppl file");
    }

    /** {@code models/my_model.ppl} is called {@code my_model}. */
    static String nameOf(Path file) {
        String n = file.getFileName().toString();
        return n.endsWith(".ppl") ? n.substring(0, n.length() - 4) : n;
    }
}
