package org.ppl.compiler.diag;

import org.ppl.compiler.source.SourceSpan;

/** Errors of names and scopes. */
public sealed interface NameDiagnostic extends Diagnostic {

    /** {@code hint} (may be null) explains where the name would have been visible. */
    record UnknownName(SourceSpan span, String name, String suggestion, String hint) implements NameDiagnostic {
        public String message() {
            return "unknown name '" + name + "'" + Diagnostic.suggestion(suggestion) + (hint == null ? "" : "; " + hint);
        }
    }

    record UsedBeforeDefinition(SourceSpan span, String name, SourceSpan definition) implements NameDiagnostic {
        public String message() {
            return "'" + name + "' is used before it is defined (at " + definition.position() + ")";
        }
    }

    /** {@code previous} says what the name already is: "data", "a parameter", ... */
    record Redefinition(SourceSpan span, String name, String previous, SourceSpan previousSpan) implements NameDiagnostic {
        public String message() {
            return "'" + name + "' is already defined as " + previous + " (at " + previousSpan.position() + ")";
        }
    }

    /** Assignment to a name that is not a local: data, a parameter, a saved value, a function. */
    record AssignToNonLocal(SourceSpan span, String name, String kind) implements NameDiagnostic {
        public String message() {
            return "cannot assign to " + kind + " '" + name + "'; only local names can be assigned";
        }
    }

    /** {@code owner} describes what the attribute was looked up on: "'gp'", "a covariance function". */
    record UnknownAttribute(SourceSpan span, String owner, String attribute, String suggestion) implements NameDiagnostic {
        public String message() {
            return owner + " has no attribute '" + attribute + "'" + Diagnostic.suggestion(suggestion);
        }
    }

    /** A size name taken from a data shape, then declared as data after that. */
    record SizeDeclaredLate(SourceSpan span, String name, SourceSpan firstUse) implements NameDiagnostic {
        public String message() {
            return "'" + name + "' is already a size taken from a data shape (at " + firstUse.position()
                    + "); declare 'data " + name + ": int' before its first use";
        }
    }
}
