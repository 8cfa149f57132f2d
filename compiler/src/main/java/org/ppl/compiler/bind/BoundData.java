package org.ppl.compiler.bind;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.ppl.ad.Shape;
import org.ppl.compiler.names.Symbol;

/**
 * The data of a model once bound: every declared data item with its value, and every size taken
 * from a data shape, in declaration order. Immutable (the arrays are not to be changed), so one
 * bound set serves every model built from it, in any thread.
 */
public final class BoundData {
    /**
     * A data item's value: its shape, elements (row-major; whole numbers for an integer type), and
     * where it came from ({@code data.json:3:8}, {@code --set Q=3}, {@code the default}).
     */
    public record Item(Shape shape, double[] values, String origin) {}

    /** A size with a phrase saying where its number came from ({@code data item 'Y' at iris.csv:2:1}). */
    public record Size(long value, String origin) {}

    private final Map<Symbol, Item> items;
    private final Map<Symbol, Size> sizes;

    BoundData(Map<Symbol, Item> items, Map<Symbol, Size> sizes) {
        this.items = Collections.unmodifiableMap(new LinkedHashMap<>(items));
        this.sizes = Collections.unmodifiableMap(new LinkedHashMap<>(sizes));
    }

    public Map<Symbol, Item> items() {
        return items;
    }

    /** The value of every size. */
    public Map<Symbol, Long> sizes() {
        Map<Symbol, Long> values = new LinkedHashMap<>();
        sizes.forEach((s, v) -> values.put(s, v.value()));
        return Collections.unmodifiableMap(values);
    }

    public Map<Symbol, Size> sizeOrigins() {
        return sizes;
    }

    /**
     * The numbers behind the names a symbolic size may use: the sizes, and the integer scalars among
     * the data ({@code J} in {@code vector[J]}).
     */
    public Map<String, Long> namedSizes() {
        Map<String, Long> values = new LinkedHashMap<>();
        sizes.forEach((s, v) -> values.put(s.name(), v.value()));
        items.forEach((s, v) -> {
            double x = v.values().length == 1 ? v.values()[0] : Double.NaN;
            if (v.shape().rank() == 0 && x == Math.rint(x)) values.put(s.name(), (long) x);
        });
        return values;
    }
}
