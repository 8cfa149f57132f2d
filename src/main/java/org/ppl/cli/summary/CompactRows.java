package org.ppl.cli.summary;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntPredicate;

/**
 * Which rows of a per-element table to print: all of a small variable, and of a large one (a
 * 150 x 2 latent X) its first elements, a few more that must be seen (flagged ones), and lines
 * saying how many others there are. Elements of a variable share the name before the first
 * dot ({@code X.1.2} belongs to {@code X}) and sit next to each other.
 */
public final class CompactRows {
    /** A variable with more elements than this is shown compactly. */
    public static final int LARGE = 10;
    /** How many leading elements of a large variable are shown. */
    public static final int SHOWN = 6;
    /** How many more elements of a large variable that must be seen are shown; the note covers the rest. */
    public static final int EXTRA = 4;

    private CompactRows() {}

    /** A row to print, or a note standing for {@code hidden} rows of {@code variable} from {@code from} to {@code to}. */
    public record Line(int row, String variable, int hidden, int from, int to) {
        public boolean elided() {
            return row < 0;
        }
    }

    /** The lines for {@code names}; rows where {@code mustShow} holds are always printed. */
    public static List<Line> select(List<String> names, IntPredicate mustShow) {
        List<Line> out = new ArrayList<>();
        int start = 0;
        while (start < names.size()) {
            String variable = variable(names.get(start));
            int end = start;
            while (end < names.size() && variable(names.get(end)).equals(variable)) end++;
            addGroup(out, variable, start, end, mustShow);
            start = end;
        }
        return out;
    }

    private static void addGroup(List<Line> out, String variable, int start, int end, IntPredicate mustShow) {
        int size = end - start;
        int hiddenFrom = -1;
        int hidden = 0;
        int extra = 0;
        for (int i = start; i < end; i++) {
            boolean show = size <= LARGE || i - start < SHOWN;
            if (!show && extra < EXTRA && mustShow.test(i)) {
                show = true;
                extra++;
            }
            if (show) {
                if (hidden > 0) out.add(new Line(-1, variable, hidden, hiddenFrom, i));
                hidden = 0;
                out.add(new Line(i, variable, 0, i, i + 1));
            } else {
                if (hidden == 0) hiddenFrom = i;
                hidden++;
            }
        }
        if (hidden > 0) out.add(new Line(-1, variable, hidden, hiddenFrom, end));
    }

    /** {@code X} of {@code X.1.2}; the whole name when it has no index. */
    public static String variable(String name) {
        int dot = name.indexOf('.');
        return dot < 0 ? name : name.substring(0, dot);
    }
}
