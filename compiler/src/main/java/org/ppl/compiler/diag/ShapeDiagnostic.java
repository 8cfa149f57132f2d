package org.ppl.compiler.diag;

import org.ppl.compiler.source.SourceSpan;

/** Errors of types and shapes. Shapes are spelt as NumPy does, with sizes by name: (N, Q), (J + 1,). */
public sealed interface ShapeDiagnostic extends Diagnostic {

    /** Elementwise operands whose shapes do not broadcast. */
    record NotBroadcastable(SourceSpan span, String operation, String left, String right) implements ShapeDiagnostic {
        public String message() {
            return operation + ": shapes " + left + " and " + right + " do not broadcast";
        }
    }

    /** Sizes that must agree but provably differ (matrix products, solves, GP inputs...). */
    record SizeMismatch(SourceSpan span, String operation, String what, String left, String right) implements ShapeDiagnostic {
        public String message() {
            return operation + ": " + what + " differ: " + left + " and " + right;
        }
    }

    /** A value whose shape does not fit the shape a distribution or declaration gives it. */
    record ValueShape(SourceSpan span, String what, String valueShape, String expectedShape) implements ShapeDiagnostic {
        public String message() {
            return what + " has shape " + valueShape + " but " + expectedShape;
        }
    }

    /** A value of the wrong kind: {@code expected} and {@code actual} are descriptions ("a real scalar"). */
    record WrongType(SourceSpan span, String what, String expected, String actual) implements ShapeDiagnostic {
        public String message() {
            return what + " must be " + expected + ", not " + actual;
        }
    }

    record TooManyIndices(SourceSpan span, String shape, int indices) implements ShapeDiagnostic {
        public String message() {
            return "too many indices: " + indices + " for a value of shape " + shape;
        }
    }

    record IndexOutOfRange(SourceSpan span, long index, String size) implements ShapeDiagnostic {
        public String message() {
            return "index " + index + " is out of range for size " + size;
        }
    }

    /** A local whose shape changes across a loop iteration or between branches of an if. */
    record ShapeChanges(SourceSpan span, String name, String where, String before, String after) implements ShapeDiagnostic {
        public String message() {
            return "'" + name + "' changes from " + before + " to " + after + " " + where
                    + "; a value carried " + where + " keeps its shape";
        }
    }
}
