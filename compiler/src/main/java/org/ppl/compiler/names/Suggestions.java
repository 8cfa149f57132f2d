package org.ppl.compiler.names;

import java.util.Collection;

/**
 * "Did you mean" by edit distance. A candidate is offered when its optimal-string-alignment
 * distance (Levenshtein with adjacent transpositions, so {@code sgima} is one edit from {@code
 * sigma}) is at most a third of the name's length, at least 1 and at most 3; ties go to the
 * candidate met first. Case-only differences count as one edit ({@code normal} → {@code Normal}).
 * Names of one or two letters get only case-only suggestions: any other one-letter name is one
 * edit away, which says nothing.
 */
public final class Suggestions {
    private Suggestions() {}

    /** The nearest candidate close enough to {@code name}, or null. */
    public static String nearest(String name, Collection<String> candidates) {
        int limit = name.length() <= 2 ? 0 : Math.min(3, Math.max(1, name.length() / 3));
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String c : candidates) {
            if (c.equals(name)) continue;
            int d = c.equalsIgnoreCase(name) ? 0 : distance(name, c);
            if (d <= limit && d < bestDistance) {
                best = c;
                bestDistance = d;
            }
        }
        return best;
    }

    /** Optimal string alignment distance. */
    public static int distance(String a, String b) {
        int n = a.length();
        int m = b.length();
        int[][] d = new int[n + 1][m + 1];
        for (int i = 0; i <= n; i++) d[i][0] = i;
        for (int j = 0; j <= m; j++) d[0][j] = j;
        for (int i = 1; i <= n; i++) {
            for (int j = 1; j <= m; j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                int best = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    best = Math.min(best, d[i - 2][j - 2] + 1);
                }
                d[i][j] = best;
            }
        }
        return d[n][m];
    }
}
