package org.ppl.infer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Draws of several chains over the same named columns, stored per chain as rows. Chains may hold
 * different numbers of draws (an interrupted run); {@link #trimmedToShortest()} equalises them
 * for diagnostics, which need chains of one length.
 */
public final class Draws {
    private final List<String> names;
    private final Map<String, Integer> index = new HashMap<>();
    private final double[][][] chains;

    /** {@code chains[c][i][j]}: chain c, draw i, column j. The arrays are not copied. */
    public Draws(List<String> names, double[][][] chains) {
        this.names = List.copyOf(names);
        for (int j = 0; j < this.names.size(); j++) index.putIfAbsent(this.names.get(j), j);
        for (double[][] chain : chains) {
            for (double[] row : chain) {
                if (row.length != this.names.size()) {
                    throw new IllegalArgumentException("a draw has " + row.length + " values for "
                            + this.names.size() + " columns");
                }
            }
        }
        this.chains = chains;
    }

    /** The draws of chains that share their columns. */
    public static Draws of(List<ChainResult> results) {
        if (results.isEmpty()) throw new IllegalArgumentException("no chains");
        List<String> names = results.get(0).columns();
        double[][][] chains = new double[results.size()][][];
        for (int c = 0; c < results.size(); c++) {
            ChainResult r = results.get(c);
            if (!r.columns().equals(names)) {
                throw new IllegalArgumentException("chain " + r.chain() + " has other columns");
            }
            chains[c] = r.draws();
        }
        return new Draws(names, chains);
    }

    public List<String> names() {
        return names;
    }

    public int chainCount() {
        return chains.length;
    }

    public int drawCount(int chain) {
        return chains[chain].length;
    }

    /** Total draws over all chains. */
    public int totalDraws() {
        int n = 0;
        for (double[][] c : chains) n += c.length;
        return n;
    }

    /** The column of {@code name}, or -1. */
    public int indexOf(String name) {
        return index.getOrDefault(name, -1);
    }

    public boolean has(String name) {
        return index.containsKey(name);
    }

    /** Column {@code j} as {@code [chain][draw]}. */
    public double[][] column(int j) {
        double[][] out = new double[chains.length][];
        for (int c = 0; c < chains.length; c++) {
            double[] col = new double[chains[c].length];
            for (int i = 0; i < col.length; i++) col[i] = chains[c][i][j];
            out[c] = col;
        }
        return out;
    }

    /** The column named {@code name} as {@code [chain][draw]}. */
    public double[][] column(String name) {
        int j = indexOf(name);
        if (j < 0) throw new IllegalArgumentException("no column named " + name);
        return column(j);
    }

    /** Row {@code i} of chain {@code c} (not a copy). */
    public double[] row(int c, int i) {
        return chains[c][i];
    }

    /** The same draws with every chain cut to the length of the shortest. */
    public Draws trimmedToShortest() {
        int n = Integer.MAX_VALUE;
        for (double[][] c : chains) n = Math.min(n, c.length);
        double[][][] cut = new double[chains.length][][];
        for (int c = 0; c < chains.length; c++) {
            cut[c] = chains[c].length == n ? chains[c] : java.util.Arrays.copyOf(chains[c], n);
        }
        return new Draws(names, cut);
    }

    /** The names that do not end in two underscores (Stan's sampler columns such as lp__ do). */
    public List<String> parameterNames() {
        List<String> out = new ArrayList<>();
        for (String n : names) {
            if (!n.endsWith("__")) out.add(n);
        }
        return out;
    }
}
