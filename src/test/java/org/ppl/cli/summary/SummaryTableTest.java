package org.ppl.cli.summary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.ppl.diagnostics.Summary;
import org.ppl.infer.Draws;

class SummaryTableTest {
    /** 4 chains x 1000 draws of mu and a 150 x 2 X, all independent standard normal, except as {@code shift} says. */
    private static Draws draws(String shifted) {
        List<String> names = new ArrayList<>(List.of("lp__", "mu"));
        for (int i = 1; i <= 150; i++) for (int j = 1; j <= 2; j++) names.add("X." + i + "." + j);
        Random random = new Random(11);
        double[][][] chains = new double[4][1000][names.size()];
        for (int c = 0; c < 4; c++) {
            for (int d = 0; d < 1000; d++) {
                for (int k = 0; k < names.size(); k++) {
                    chains[c][d][k] = random.nextGaussian() + (names.get(k).equals(shifted) && c == 0 ? 3 : 0);
                }
            }
        }
        return new Draws(names, chains);
    }

    @Test
    void aLargeVariableShowsItsFirstRowsAndACountOfTheRest() {
        String table = SummaryTable.format(Summary.of(draws("")), DrawsKind.MCMC, 4);
        List<String> lines = table.lines().toList();
        assertTrue(lines.get(0).startsWith("name "));
        assertTrue(lines.get(1).startsWith("lp__ "));
        assertTrue(lines.get(2).startsWith("mu "));
        for (String shown : List.of("X.1.1", "X.1.2", "X.2.1", "X.2.2", "X.3.1", "X.3.2")) {
            assertTrue(table.contains("\n" + shown + " "), shown);
        }
        assertFalse(table.contains("\nX.4.1 "), table);
        assertTrue(lines.get(9).startsWith("... 294 more of X (X.4.1 to X.150.2): R-hat up to "), lines.get(9));
        assertTrue(lines.get(9).endsWith("; every row is in summary.csv"), lines.get(9));
        assertEquals(10, lines.size(), table);
        // Every row of numbers lines up with the header.
        for (int k = 1; k < 9; k++) assertEquals(lines.get(0).length(), lines.get(k).length(), lines.get(k));
    }

    @Test
    void aChainStuckElsewhereIsMarkedAndShownEvenAmongTheHiddenRows() {
        String table = SummaryTable.format(Summary.of(draws("X.100.1")), DrawsKind.MCMC, 4);
        String row = table.lines().filter(l -> l.startsWith("X.100.1 ")).findFirst().orElseThrow();
        assertTrue(row.endsWith("*"), row);
        assertTrue(table.contains("... 192 more of X (X.4.1 to X.99.2)"), table);
        assertTrue(table.contains("... 101 more of X (X.100.2 to X.150.2)"), table);
        assertTrue(table.contains("* R-hat above 1.01, or ESS below 400 (100 per chain): see the warnings."), table);
        String mu = table.lines().filter(l -> l.startsWith("mu ")).findFirst().orElseThrow();
        assertFalse(mu.contains("*"), mu);
    }

    @Test
    void fewerColumnsForApproximationsAndPoints() {
        Summary s = Summary.of(draws(""));
        String approximation = SummaryTable.format(s, DrawsKind.APPROXIMATION, 1);
        assertTrue(approximation.matches("(?s)name +mean +sd +q5 +q50 +q95\n.*"), approximation);
        assertFalse(approximation.contains("*"));
        String point = SummaryTable.format(s, DrawsKind.POINT, 1);
        assertTrue(point.matches("(?s)name +value\nlp__ .*"), point);
    }

    @Test
    void manyFlaggedElementsStillGiveAShortTable() {
        List<String> names = new ArrayList<>();
        for (int i = 1; i <= 150; i++) for (int j = 1; j <= 2; j++) names.add("X." + i + "." + j);
        List<CompactRows.Line> lines = CompactRows.select(names, i -> true);
        assertEquals(CompactRows.SHOWN + CompactRows.EXTRA + 1, lines.size());
        assertEquals(300 - CompactRows.SHOWN - CompactRows.EXTRA, lines.get(lines.size() - 1).hidden());
    }
}
