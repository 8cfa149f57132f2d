package org.ppl.cli.progress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.ppl.infer.ChainProgress;
import org.ppl.infer.ChainProgress.Phase;
import org.ppl.infer.ProgressListener;

class ProgressDisplaysTest {
    /** Chain 1 of 100 iterations (40 warmup), at 50 iterations a second, with a divergence at 30. */
    private static void run(ProgressListener l) {
        int divergences = 0;
        for (int i = 1; i <= 100; i++) {
            if (i == 30) divergences++;
            l.onIteration(new ChainProgress(1, i, 100, i <= 40 ? Phase.WARMUP : Phase.SAMPLING, divergences, i / 50.0));
        }
        l.onChainFinished(1, false);
    }

    @Test
    void plainLinesAtEveryTenthAtThePhaseChangeAndAtTheEnd() {
        StringWriter out = new StringWriter();
        run(ProgressDisplays.forChains(new PrintWriter(out, true), false, false, 1, 100));
        List<String> lines = out.toString().lines().toList();
        assertEquals("chain 1: 10/100 (10%) warmup, 50.0 it/s, ETA 0:02, 0 divergent", lines.get(0));
        assertEquals("chain 1: 30/100 (30%) warmup, 50.0 it/s, ETA 0:01, 1 divergent", lines.get(2));
        assertEquals("chain 1: 41/100 (41%) sampling, 50.0 it/s, ETA 0:01, 1 divergent", lines.get(4));
        assertEquals("chain 1: 100/100 (100%) done, 50.0 it/s, took 0:02, 1 divergent", lines.get(lines.size() - 1));
        assertEquals(9 + 1 + 1, lines.size(), out.toString());
    }

    @Test
    void barsAreRedrawnInPlace() {
        StringWriter out = new StringWriter();
        ProgressListener bars = ProgressDisplays.forChains(new PrintWriter(out, true), true, false, 2, 100);
        run(bars);
        bars.onChainFinished(2, true);
        String text = out.toString();
        assertTrue(text.startsWith("chain 1 [....................]   1%  warmup      1/100"), text);
        assertTrue(text.contains("\033[2F"), "back up over both bars");
        String last = text.substring(text.lastIndexOf("\033[2F") + 4);
        assertEquals("chain 1 [####################] 100%  done        100/100  50.0 it/s  took 0:02  1 divergent\033[K\n"
                + "chain 2 [....................]   0%  interrupted 0/100  0.00 it/s  took 0:00  0 divergent\033[K\n", last);
    }

    @Test
    void quietMeansNothing() {
        assertSame(ProgressListener.NONE, ProgressDisplays.forChains(new PrintWriter(new StringWriter()), true, true, 4,
                2000));
    }

    @Test
    void clockTimes() {
        assertEquals("0:07", ChainStatus.clock(7.2));
        assertEquals("12:34", ChainStatus.clock(754));
        assertEquals("1:02:03", ChainStatus.clock(3723));
    }
}
