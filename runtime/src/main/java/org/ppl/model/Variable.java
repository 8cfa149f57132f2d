package org.ppl.model;

import java.util.ArrayList;
import java.util.List;
import org.ppl.ad.Shape;

/** A named parameter or saved deterministic of a model, with its constrained shape. */
public record Variable(String name, Shape shape, Kind kind) {
    public enum Kind {
        PARAMETER,
        SAVED
    }

    /** Element names as in Stan CSV, 1-based, row-major: {@code X.1.1, X.1.2, ...}. */
    public List<String> elementNames() {
        List<String> names = new ArrayList<>(shape.size());
        int rank = shape.rank();
        if (rank == 0) {
            names.add(name);
            return names;
        }
        int[] index = new int[rank];
        for (int k = 0; k < shape.size(); k++) {
            StringBuilder sb = new StringBuilder(name);
            for (int i : index) sb.append('.').append(i + 1);
            names.add(sb.toString());
            for (int i = rank - 1; i >= 0; i--) {
                if (++index[i] < shape.dim(i)) break;
                index[i] = 0;
            }
        }
        return names;
    }
}
