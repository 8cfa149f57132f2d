package org.ppl.compiler.signatures;

import static org.ppl.compiler.signatures.DistributionSignature.ShapeRule.CATEGORICAL;
import static org.ppl.compiler.signatures.DistributionSignature.ShapeRule.CORRELATION_CHOLESKY;
import static org.ppl.compiler.signatures.DistributionSignature.ShapeRule.ELEMENTWISE;
import static org.ppl.compiler.signatures.DistributionSignature.ShapeRule.FLAT;
import static org.ppl.compiler.signatures.DistributionSignature.ShapeRule.MULTIVARIATE_NORMAL;
import static org.ppl.compiler.signatures.DistributionSignature.ShapeRule.SIMPLEX_VECTOR;
import static org.ppl.dist.Distribution.Domain.CHOLESKY_FACTOR;
import static org.ppl.dist.Distribution.Domain.COVARIANCE;
import static org.ppl.dist.Distribution.Domain.NONNEGATIVE;
import static org.ppl.dist.Distribution.Domain.NONNEGATIVE_INTEGER;
import static org.ppl.dist.Distribution.Domain.POSITIVE;
import static org.ppl.dist.Distribution.Domain.POSITIVE_INTEGER;
import static org.ppl.dist.Distribution.Domain.REAL;
import static org.ppl.dist.Distribution.Domain.SIMPLEX;
import static org.ppl.dist.Distribution.Domain.UNIT_INTERVAL;

import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ppl.compiler.signatures.DistributionSignature.DistParam;
import org.ppl.compiler.signatures.DistributionSignature.ShapeRule;
import org.ppl.compiler.signatures.DistributionSignature.Variant;
import org.ppl.dist.Distribution.Domain;
import org.ppl.dist.Support;

/**
 * The distributions of the language (LANGUAGE.md), with PyMC's names, parameter order, parameter
 * names and defaults. The runtime's {@link org.ppl.dist.Distributions} holds the implementations
 * under the same names and parameters; a test keeps the two tables in step.
 */
public final class DistributionSignatures {
    private static final Map<String, DistributionSignature> TABLE = new LinkedHashMap<>();

    static {
        scalar("Normal", Support.REAL, p("mu", REAL, 0.0), p("sigma", POSITIVE, 1.0));
        scalar("HalfNormal", Support.POSITIVE, p("sigma", POSITIVE, 1.0));
        scalar("HalfCauchy", Support.POSITIVE, p("beta", POSITIVE));
        scalar("Cauchy", Support.REAL, p("alpha", REAL), p("beta", POSITIVE));
        scalar("StudentT", Support.REAL, p("nu", POSITIVE), p("mu", REAL, 0.0), p("sigma", POSITIVE, 1.0));
        scalar("HalfStudentT", Support.POSITIVE, p("nu", POSITIVE), p("sigma", POSITIVE, 1.0));
        scalar("Laplace", Support.REAL, p("mu", REAL), p("b", POSITIVE));
        scalar("LogNormal", Support.POSITIVE, p("mu", REAL, 0.0), p("sigma", POSITIVE, 1.0));
        scalar("Exponential", Support.POSITIVE, p("lam", POSITIVE));
        scalar("Gamma", Support.POSITIVE, p("alpha", POSITIVE), p("beta", POSITIVE));
        scalar("InverseGamma", Support.POSITIVE, p("alpha", POSITIVE), p("beta", POSITIVE));
        scalar("Beta", Support.UNIT_INTERVAL, p("alpha", POSITIVE), p("beta", POSITIVE));
        scalar("Uniform", Support.ARGUMENT_INTERVAL, p("lower", REAL, 0.0), p("upper", REAL, 1.0));
        scalar("Weibull", Support.POSITIVE, p("alpha", POSITIVE), p("beta", POSITIVE));
        add("MvNormal", Support.REAL, false, MULTIVARIATE_NORMAL,
                variant(new DistParam("mu", REAL, 1, null), new DistParam("cov", COVARIANCE, 2, null)),
                variant(new DistParam("mu", REAL, 1, null), new DistParam("chol", CHOLESKY_FACTOR, 2, null)));
        add("Dirichlet", Support.SIMPLEX, false, SIMPLEX_VECTOR, variant(new DistParam("a", POSITIVE, 1, null)));
        add("LKJCholeskyCorr", Support.CORRELATION_CHOLESKY, false, CORRELATION_CHOLESKY,
                variant(p("n", POSITIVE_INTEGER), p("eta", POSITIVE)));
        add("Bernoulli", Support.BINARY, true, ELEMENTWISE, variant(p("p", UNIT_INTERVAL)), variant(p("logit_p", REAL)));
        add("Binomial", Support.NONNEGATIVE_INTEGER, true, ELEMENTWISE, variant(p("n", NONNEGATIVE_INTEGER), p("p", UNIT_INTERVAL)),
                variant(p("n", NONNEGATIVE_INTEGER), p("logit_p", REAL)));
        add("Poisson", Support.NONNEGATIVE_INTEGER, true, ELEMENTWISE, variant(p("mu", NONNEGATIVE)));
        add("NegativeBinomial", Support.NONNEGATIVE_INTEGER, true, ELEMENTWISE, variant(p("mu", POSITIVE), p("alpha", POSITIVE)));
        add("Categorical", Support.CATEGORY, true, CATEGORICAL, variant(new DistParam("p", SIMPLEX, 1, null)),
                variant(new DistParam("logit_p", REAL, 1, null)));
        add("Flat", Support.REAL, false, FLAT, variant());
        add("HalfFlat", Support.POSITIVE, false, FLAT, variant());
    }

    private DistributionSignatures() {}

    private static DistParam p(String name, Domain domain) {
        return new DistParam(name, domain, 0, null);
    }

    private static DistParam p(String name, Domain domain, double defaultValue) {
        return new DistParam(name, domain, 0, defaultValue);
    }

    private static Variant variant(DistParam... params) {
        return new Variant(List.of(params));
    }

    private static void scalar(String name, Support support, DistParam... params) {
        add(name, support, false, ELEMENTWISE, variant(params));
    }

    private static void add(String name, Support support, boolean integer, ShapeRule rule, Variant... variants) {
        TABLE.put(name, new DistributionSignature(name, Arrays.asList(variants), support, integer, rule));
    }

    public static Set<String> names() {
        return Collections.unmodifiableSet(TABLE.keySet());
    }

    /** The signature of {@code name}, or null. */
    public static DistributionSignature get(String name) {
        return TABLE.get(name);
    }
}
