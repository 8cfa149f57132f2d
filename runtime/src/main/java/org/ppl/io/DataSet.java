package org.ppl.io;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Data values by name, in the order they were read. Immutable; combine sets with {@link #merge}. */
public final class DataSet {
    private static final DataSet EMPTY = new DataSet(new LinkedHashMap<>());

    private final Map<String, DataValue> byName;

    private DataSet(LinkedHashMap<String, DataValue> byName) {
        this.byName = Collections.unmodifiableMap(byName);
    }

    public static DataSet empty() {
        return EMPTY;
    }

    /**
     * The given values, in order.
     *
     * @throws DataError at the second of two values with the same name
     */
    public static DataSet of(Collection<DataValue> values) {
        LinkedHashMap<String, DataValue> map = new LinkedHashMap<>();
        for (DataValue v : values) add(map, v);
        return new DataSet(map);
    }

    private static void add(Map<String, DataValue> map, DataValue v) {
        DataValue first = map.putIfAbsent(v.name(), v);
        if (first != null) {
            throw new DataError(v.where(), v.name() + " is given twice; first at " + first.where());
        }
    }

    /** This set's values then {@code other}'s; a name in both is an error at its second place. */
    public DataSet merge(DataSet other) {
        LinkedHashMap<String, DataValue> map = new LinkedHashMap<>(byName);
        for (DataValue v : other.byName.values()) add(map, v);
        return new DataSet(map);
    }

    /** This set with {@code value} added, or replacing the value of its name ({@code --set}). */
    public DataSet with(DataValue value) {
        LinkedHashMap<String, DataValue> map = new LinkedHashMap<>(byName);
        map.put(value.name(), value);
        return new DataSet(map);
    }

    /** The value of {@code name}, or null. */
    public DataValue get(String name) {
        return byName.get(name);
    }

    public boolean contains(String name) {
        return byName.containsKey(name);
    }

    public List<String> names() {
        return List.copyOf(byName.keySet());
    }

    public List<DataValue> values() {
        return new ArrayList<>(byName.values());
    }

    public int size() {
        return byName.size();
    }

    @Override
    public String toString() {
        return byName.values().toString();
    }
}
