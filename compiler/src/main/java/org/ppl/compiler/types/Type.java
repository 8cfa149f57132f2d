package org.ppl.compiler.types;

import java.util.List;
import org.ppl.compiler.signatures.GpSignatures;
import org.ppl.dist.Support;

/** The type of a value in the checker and in the typed IR. */
public sealed interface Type {

    /** A short phrase for messages: "a real matrix (N, Q)", "a covariance function". */
    String describe();

    /** A scalar, vector, matrix or higher array of {@code elem}, with symbolic sizes. */
    record Tensor(Elem elem, List<Dim> dims) implements Type {
        public static Tensor scalar(Elem elem) {
            return new Tensor(elem, List.of());
        }

        public int rank() {
            return dims.size();
        }

        public boolean isScalar() {
            return dims.isEmpty();
        }

        public Tensor withDims(List<Dim> newDims) {
            return new Tensor(elem, List.copyOf(newDims));
        }

        public Tensor withElem(Elem newElem) {
            return new Tensor(newElem, dims);
        }

        public String describe() {
            switch (dims.size()) {
                case 0: return "a" + (elem == Elem.INT ? "n " : " ") + elem.spelling + " scalar";
                case 1: return "a" + (elem == Elem.INT ? "n " : " ") + elem.spelling + " vector " + Shapes.spell(dims);
                case 2: return "a" + (elem == Elem.INT ? "n " : " ") + elem.spelling + " matrix " + Shapes.spell(dims);
                default: return "a" + (elem == Elem.INT ? "n " : " ") + elem.spelling + " array " + Shapes.spell(dims);
            }
        }
    }

    record Str() implements Type {
        public String describe() {
            return "a string";
        }
    }

    record Tuple(List<Type> items) implements Type {
        public String describe() {
            return "a tuple of " + items.size();
        }
    }

    /** A covariance function; {@code inputDim} is null for WhiteNoise and Constant, which fit any input. */
    record Kernel(Dim inputDim) implements Type {
        public String describe() {
            return "a covariance function";
        }
    }

    record Mean(Dim inputDim) implements Type {
        public String describe() {
            return "a mean function";
        }
    }

    record Gp(GpSignatures.ObjectKind kind, Dim inputDim) implements Type {
        public String describe() {
            return "a gp." + kind.pymcName + " object";
        }
    }

    /**
     * A distribution: what its values are ({@code support}, integer or real), the shape it gives a
     * value ({@code shape}, from shape= or the arguments), the rank of one event, and whether
     * {@code shape} was given explicitly. A GP marginal likelihood fits a vector of {@code shape}
     * or a matrix with that many rows (one GP per column): {@code columns} says so.
     */
    record Dist(String name, Support support, Elem valueElem, List<Dim> shape, int eventRank, boolean explicitShape,
            boolean columns) implements Type {
        public String describe() {
            return "a " + name + " distribution";
        }
    }

    /** A namespace ({@code gp}, {@code gp.mean}) or a function name: only callable or dotted. */
    record Callable(String name) implements Type {
        public String describe() {
            return "'" + name + "'";
        }
    }

    /** The type of an expression that already produced an error: it fits anything, so errors do not cascade. */
    record Unknown() implements Type {
        public String describe() {
            return "an unknown value";
        }
    }

    Type UNKNOWN = new Unknown();
    Tensor REAL = Tensor.scalar(Elem.REAL);
    Tensor INT = Tensor.scalar(Elem.INT);
    Tensor BOOL = Tensor.scalar(Elem.BOOL);
}
