package org.ppl.compiler.types;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.TreeMap;

/**
 * A size that may still be symbolic: a polynomial with integer coefficients in size names ({@code
 * N}, {@code J + 1}, {@code N*Q}, {@code 2*P - 1}). Sizes are bound from the data later; before
 * that, two sizes are <em>provably different</em> when their difference is a nonzero constant, or
 * a sum of size monomials with coefficients of one sign plus a constant of that sign (sizes are
 * never negative, so {@code J + 1} is never {@code 0}). Atoms are names; an integer expression
 * that is not a polynomial ({@code N // 2}) is one atom named by its text.
 */
public final class Dim {
    /** Monomial (sorted atom names, empty for the constant term) to coefficient; no zero coefficients. */
    private final TreeMap<List<String>, Long> terms;

    private Dim(TreeMap<List<String>, Long> terms) {
        this.terms = terms;
    }

    public static Dim of(long constant) {
        TreeMap<List<String>, Long> t = new TreeMap<>(Dim::compareMonomials);
        if (constant != 0) t.put(List.of(), constant);
        return new Dim(t);
    }

    public static Dim symbol(String name) {
        TreeMap<List<String>, Long> t = new TreeMap<>(Dim::compareMonomials);
        t.put(List.of(name), 1L);
        return new Dim(t);
    }

    public Dim plus(Dim o) {
        TreeMap<List<String>, Long> t = new TreeMap<>(terms);
        o.terms.forEach((m, c) -> add(t, m, c));
        return new Dim(t);
    }

    public Dim minus(Dim o) {
        return plus(o.times(of(-1)));
    }

    public Dim times(Dim o) {
        TreeMap<List<String>, Long> t = new TreeMap<>(Dim::compareMonomials);
        for (Map.Entry<List<String>, Long> a : terms.entrySet()) {
            for (Map.Entry<List<String>, Long> b : o.terms.entrySet()) {
                List<String> m = new ArrayList<>(a.getKey());
                m.addAll(b.getKey());
                Collections.sort(m);
                add(t, List.copyOf(m), a.getValue() * b.getValue());
            }
        }
        return new Dim(t);
    }

    private static void add(TreeMap<List<String>, Long> t, List<String> monomial, long c) {
        long sum = t.getOrDefault(monomial, 0L) + c;
        if (sum == 0) t.remove(monomial);
        else t.put(monomial, sum);
    }

    /** The value if the size is a known constant. */
    public OptionalLong constant() {
        if (terms.isEmpty()) return OptionalLong.of(0);
        if (terms.size() == 1 && terms.firstKey().isEmpty()) return OptionalLong.of(terms.firstEntry().getValue());
        return OptionalLong.empty();
    }

    public boolean isConstant(long value) {
        OptionalLong c = constant();
        return c.isPresent() && c.getAsLong() == value;
    }

    /** Whether no binding of the size names (to sizes, which are never negative) makes the two equal. */
    public boolean provablyDifferent(Dim o) {
        Dim d = minus(o);
        long constant = d.terms.getOrDefault(List.of(), 0L);
        if (constant == 0) return false;
        for (Map.Entry<List<String>, Long> e : d.terms.entrySet()) {
            if (!e.getKey().isEmpty() && Long.signum(e.getValue()) != Long.signum(constant)) return false;
        }
        return true;
    }

    /** The atom names the size depends on. */
    public List<String> atoms() {
        List<String> names = new ArrayList<>();
        for (List<String> m : terms.keySet()) for (String a : m) if (!names.contains(a)) names.add(a);
        return names;
    }

    /** The value once every atom is bound; empty if an atom is missing from {@code values}. */
    public OptionalLong evaluate(Map<String, Long> values) {
        long sum = 0;
        for (Map.Entry<List<String>, Long> e : terms.entrySet()) {
            long product = e.getValue();
            for (String atom : e.getKey()) {
                Long v = values.get(atom);
                if (v == null) return OptionalLong.empty();
                product *= v;
            }
            sum += product;
        }
        return OptionalLong.of(sum);
    }

    /** Highest degree first, then by name; the constant last: {@code N*Q + 2*P - 1}. */
    private static int compareMonomials(List<String> a, List<String> b) {
        if (a.size() != b.size()) return Integer.compare(b.size(), a.size());
        for (int i = 0; i < a.size(); i++) {
            int c = a.get(i).compareTo(b.get(i));
            if (c != 0) return c;
        }
        return 0;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Dim d && terms.equals(d.terms);
    }

    @Override
    public int hashCode() {
        return terms.hashCode();
    }

    @Override
    public String toString() {
        if (terms.isEmpty()) return "0";
        StringBuilder sb = new StringBuilder();
        for (Map.Entry<List<String>, Long> e : terms.entrySet()) {
            long c = e.getValue();
            if (sb.length() > 0) sb.append(c < 0 ? " - " : " + ");
            else if (c < 0) sb.append('-');
            long abs = Math.abs(c);
            if (e.getKey().isEmpty()) {
                sb.append(abs);
            } else {
                if (abs != 1) sb.append(abs).append('*');
                sb.append(String.join("*", e.getKey()));
            }
        }
        return sb.toString();
    }
}
