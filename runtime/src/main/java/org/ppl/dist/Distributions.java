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
        register(new Normal());
        register(new HalfNormal());
        register(new HalfCauchy());
        register(new Cauchy());
        register(new StudentT());
        register(new HalfStudentT());
        register(new Laplace());
        register(new LogNormal());
        register(new Exponential());
        register(new Gamma());
        register(new InverseGamma());
        register(new Beta());
        register(new Uniform());
        register(new Weibull());
        register(MvNormal.covariance());
        register(MvNormal.cholesky());
        register(new Dirichlet());
        register(new LkjCholeskyCorr());
        register(Bernoulli.probability());
        register(Bernoulli.logit());
        register(Binomial.probability());
        register(Binomial.logit());
        register(new Poisson());
        register(new NegativeBinomial());
        register(Categorical.probability());
        register(Categorical.logit());
        register(Flat.flat());
        register(Flat.halfFlat());
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
        List<Distribution> found = TABLE.get(name);
        return found == null ? List.of() : Collections.unmodifiableList(found);
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
