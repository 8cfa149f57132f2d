package org.ppl.cli.plot;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.ppl.cli.UserError;
import org.ppl.cli.summary.CompactRows;
import org.ppl.infer.Draws;

/**
 * The columns a plot shows: those named by {@code --params} (an element such as {@code X.1.2}, or a
 * variable such as {@code ls} for all of its elements), or by default {@code lp__} and every
 * element of the small variables (a large one, such as a 150 x 2 latent X, contributes its first
 * elements only when nothing smaller exists).
 */
final class ParameterSelection {
    private ParameterSelection() {}

    /** The chosen columns, at most {@code limit}. */
    static List<String> choose(Draws draws, List<String> requested, boolean withLp, int limit) {
        List<String> chosen = requested.isEmpty() ? defaults(draws, withLp) : named(draws, requested);
        return chosen.size() > limit ? chosen.subList(0, limit) : chosen;
    }

    private static List<String> named(Draws draws, List<String> requested) {
        Map<String, List<String>> variables = variables(draws);
        LinkedHashSet<String> out = new LinkedHashSet<>();
        for (String r : requested) {
            String name = r.strip();
            if (draws.has(name)) {
                out.add(name);
            } else if (variables.containsKey(name)) {
                out.addAll(variables.get(name));
            } else {
                throw new UserError("ppl: --params: no parameter or value named '" + name + "'; the draws have "
                        + String.join(", ", variables.keySet()));
            }
        }
        return new ArrayList<>(out);
    }

    private static List<String> defaults(Draws draws, boolean withLp) {
        List<String> out = new ArrayList<>();
        if (withLp && draws.has("lp__")) out.add("lp__");
        List<String> firstLarge = new ArrayList<>();
        for (List<String> elements : variables(draws).values()) {
            if (elements.size() <= CompactRows.LARGE) out.addAll(elements);
            else if (firstLarge.isEmpty()) firstLarge.addAll(elements.subList(0, CompactRows.SHOWN));
        }
        if (out.size() <= (withLp && draws.has("lp__") ? 1 : 0)) out.addAll(firstLarge);
        return out;
    }

    /** The model's variables (names without the sampler's {@code __} columns) and their elements. */
    static Map<String, List<String>> variables(Draws draws) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        for (String name : draws.parameterNames()) {
            out.computeIfAbsent(CompactRows.variable(name), k -> new ArrayList<>()).add(name);
        }
        return out;
    }
}
