package org.ppl.dist;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The table of distributions the language knows, by PyMC name. A name may have several
 * parameterisations (Bernoulli's {@code p} or {@code logit_p}, MvNormal's {@code cov} or {@code
 * chol}); {@link #lookup} picks the one whose parameter names cover the keywords given.
 */
public final class Distributions {
    private static final Map<String, List<Distribution>> TABLE = new LinkedHashMap<>();

    static {
        // Entries are added here as the distributions are written: register(new Normal()), ...
    }

    private Distributions() {}

    private static void register(Distribution d) {
        TABLE.computeIfAbsent(d.name(), k -> new ArrayList<>()).add(d);
    }

    /** Every distribution name, for "did you mean" suggestions. */
    public static Set<String> names() {
        return Collections.unmodifiableSet(TABLE.keySet());
    }

    /** The parameterisations of {@code name} (empty if unknown), the default first. */
    public static List<Distribution> variants(String name) {
        return TABLE.getOrDefault(name, List.of());
    }

    /**
     * The parameterisation of {@code name} whose parameters include every keyword given; the
     * first (default) one when no keyword decides. Null if the name is unknown or no variant fits.
     */
    public static Distribution lookup(String name, Set<String> keywords) {
        for (Distribution d : variants(name)) {
            boolean fits = true;
            for (String k : keywords) {
                if (d.parameters().stream().noneMatch(p -> p.name().equals(k))) {
                    fits = false;
                    break;
                }
            }
            if (fits) return d;
        }
        return null;
    }
}
