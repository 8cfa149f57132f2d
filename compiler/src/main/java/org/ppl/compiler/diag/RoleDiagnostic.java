package org.ppl.compiler.diag;

import org.ppl.compiler.source.SourceSpan;

/** Errors of what a value is: data, parameter, observed term, deterministic. */
public sealed interface RoleDiagnostic extends Diagnostic {

    /** Something that must be known from the data alone depends on a parameter. */
    record DependsOnParameter(SourceSpan span, String what, String parameter) implements RoleDiagnostic {
        public String message() {
            return what + " depends on parameter '" + parameter + "'; it must be computed from data only";
        }
    }

    /** A second prior for a parameter. */
    record SecondPrior(SourceSpan span, String name, SourceSpan first) implements RoleDiagnostic {
        public String message() {
            return "parameter '" + name + "' already has a prior (at " + first.position() + ")";
        }
    }

    record DiscreteParameter(SourceSpan span, String distribution) implements RoleDiagnostic {
        public String message() {
            return distribution + " is discrete; discrete parameters are not supported (observe data with it instead)";
        }
    }

    /** A GP method that needs the GP to be conditioned first, e.g. conditional before marginal_likelihood. */
    record GpNotConditioned(SourceSpan span, String method, String needed) implements RoleDiagnostic {
        public String message() {
            return method + " needs the GP object's " + needed + " first (give the GP object a name and use "
                    + needed + " on it before)";
        }
    }

    /**
     * A term of the log density (or a prior's argument) that uses a value known only after sampling:
     * a draw of a GP conditional, a GP prediction, or a value computed from one.
     */
    record PredictionInDensity(SourceSpan span, String what, String origin) implements RoleDiagnostic {
        public String message() {
            return what + " uses " + origin + ", which is drawn after sampling (for prediction); the log density cannot depend on it";
        }
    }
}
