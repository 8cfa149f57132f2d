package org.ppl.compiler.diag;

import org.ppl.compiler.source.SourceSpan;

/**
 * Errors found when the model meets its data: a data item that does not match its declaration, a
 * bad {@code --set}, and operations whose sizes disagree once the data give them numbers. Each
 * names the data item, the place in the data ({@link #where}: {@code data.json:4:10}, or the
 * {@code --set} argument) and the declaration in the model, whose name the span points at.
 */
public sealed interface DataDiagnostic extends Diagnostic {
    /**
     * Where the culprit is outside the model: a data file's {@code file:line:col}, a {@code --set}
     * argument, or null when the model's own text is the place (a missing item, an operation).
     */
    String where();

    /** {@code declares `data y: vector[J]` at model.ppl:3:6}. */
    private static String declared(String declaration, SourceSpan span) {
        return "the model declares `" + declaration + "` at " + span;
    }

    record Missing(SourceSpan span, String name, String declaration) implements DataDiagnostic {
        public String where() {
            return null;
        }

        public String message() {
            return "data item '" + name + "' is missing: " + declared(declaration, span) + "; give it in a --data file";
        }
    }

    /**
     * A value of the wrong rank or size. {@code expected} spells the declared shape by name and,
     * where known, by number; {@code because} says where a size's number came from (or is null).
     */
    record WrongShape(SourceSpan span, String where, String name, String shape, String declaration, String expected,
            String because) implements DataDiagnostic {
        public String message() {
            return "data item '" + name + "' has shape " + shape + ", but " + declared(declaration, span) + ", of shape "
                    + expected + (because == null ? "" : "; " + because);
        }
    }

    /** A non-integer value for an integer type; {@code element} is {@code J} or {@code y[3]}. */
    record NotInteger(SourceSpan span, String where, String name, String element, String value, String declaration)
            implements DataDiagnostic {
        public String message() {
            return "data item '" + name + "' must hold integers, but " + element + " is " + value + "; "
                    + declared(declaration, span);
        }
    }

    record NotANumber(SourceSpan span, String where, String name, String element, String declaration) implements DataDiagnostic {
        public String message() {
            return "data item '" + name + "' holds NaN at " + element + " (missing values are not supported); "
                    + declared(declaration, span);
        }
    }

    /** A value outside a declared bound; {@code requirement} is {@code >= 0 (lower=0)}. */
    record OutOfBounds(SourceSpan span, String where, String name, String element, String value, String requirement,
            String declaration) implements DataDiagnostic {
        public String message() {
            return "data item '" + name + "' must be " + requirement + ", but " + element + " is " + value + "; "
                    + declared(declaration, span);
        }
    }

    /** A {@code --set} value that is not a number, or not a single one. */
    record BadOverride(SourceSpan span, String where, String name, String problem, String declaration) implements DataDiagnostic {
        public String message() {
            return "data item '" + name + "' " + problem + "; " + declared(declaration, span);
        }
    }

    /** A {@code --set} of a name that is not a data item of the model; {@code span} is null. */
    record UnknownOverride(SourceSpan span, String where, String problem) implements DataDiagnostic {
        public String message() {
            return problem;
        }
    }

    /** An operation whose sizes disagree once bound (N against P): the checker took them as equal. */
    record BoundShapes(SourceSpan span, String message) implements DataDiagnostic {
        public String where() {
            return null;
        }
    }

    /** A computation on data alone that fails when the data are bound (a Cholesky factor of a data matrix). */
    record DataComputation(SourceSpan span, String message) implements DataDiagnostic {
        public String where() {
            return null;
        }
    }
}
