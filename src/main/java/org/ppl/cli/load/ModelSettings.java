package org.ppl.cli.load;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ppl.cli.UserError;

/**
 * The {@code --set NAME=VALUE} arguments as the compiler takes them: NAME to the value's text. The
 * compiler checks the value against the declaration (a number, an integer, within bounds), so a
 * mistyped name is an error rather than a key silently ignored.
 */
public final class ModelSettings {
    private ModelSettings() {}

    public static Map<String, String> parse(List<String> settings) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String setting : settings) {
            int eq = setting.indexOf('=');
            String name = eq < 0 ? setting : setting.substring(0, eq).strip();
            if (eq <= 0 || !name.matches("[A-Za-z_][A-Za-z0-9_]*") || setting.substring(eq + 1).isBlank()) {
                throw new UserError("ppl: --set " + setting + ": expected NAME=VALUE, as in --set Q=3");
            }
            out.put(name, setting.substring(eq + 1).strip());
        }
        return out;
    }
}
