package org.ppl.compiler.signatures;

import java.util.ArrayList;
import java.util.List;
import org.ppl.dist.Distribution.Domain;
import org.ppl.dist.Support;

/**
 * What the compiler knows of a distribution: PyMC's name, its parameterisations (variants), the
 * support of its values (which decides a parameter's transform), whether values are integers,
 * and how the value's shape follows from the arguments.
 */
public record DistributionSignature(String name, List<Variant> variants, Support support, boolean integerValued,
        ShapeRule shapeRule) {

    /** How the shape of a value follows from the shapes of the arguments. */
    public enum ShapeRule {
        /** Scalar parameters broadcast against each other and the value (Normal, Gamma, ...). */
        ELEMENTWISE,
        /** The last axis is one event of size n, given by the covariance or Cholesky factor (MvNormal). */
        MULTIVARIATE_NORMAL,
        /** The last axis of the concentration is one event on the simplex (Dirichlet). */
        SIMPLEX_VECTOR,
        /** An n by n Cholesky factor of a correlation matrix; n is an integer known from the data (LKJCholeskyCorr). */
        CORRELATION_CHOLESKY,
        /** The last axis of p is the categories; a value is one integer per event (Categorical). */
        CATEGORICAL,
        /** No parameters: the shape comes from shape= or from the value (Flat, HalfFlat). */
        FLAT
    }

    /** One parameterisation, e.g. MvNormal(mu, cov) or MvNormal(mu, chol). */
    public record Variant(List<DistParam> params) {
        public Signature signature(String callee) {
            List<Param> ps = new ArrayList<>();
            for (DistParam p : params) ps.add(p.defaultValue() == null ? Param.required(p.name()) : Param.optional(p.name()));
            ps.add(Param.keyword("shape", false));
            ps.add(Param.keyword("transform", false));
            return new Signature(callee, ps);
        }

        public List<String> names() {
            return params.stream().map(DistParam::name).toList();
        }
    }

    /**
     * A distribution parameter: its name, the values it may take (checked on literals), its rank
     * within one event (0 for scalars that broadcast, 1 for a vector such as a mean vector, 2 for a
     * matrix), and its default as PyMC has it (null when it must be given).
     */
    public record DistParam(String name, Domain domain, int eventRank, Double defaultValue) {}

    public String describe() {
        return name;
    }
}
