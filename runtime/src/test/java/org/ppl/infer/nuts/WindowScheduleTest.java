package org.ppl.infer.nuts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.ppl.infer.nuts.WindowSchedule.Window;

class WindowScheduleTest {
    @Test
    void stanDefaultsForAThousandIterations() {
        assertEquals(List.of(new Window(75, 100), new Window(100, 150), new Window(150, 250), new Window(250, 450),
                new Window(450, 950)), WindowSchedule.stan(1000).windows());
    }

    @Test
    void exactFitGivesOneWindow() {
        assertEquals(List.of(new Window(75, 100)), WindowSchedule.stan(150).windows());
        assertEquals(List.of(new Window(75, 100), new Window(100, 150)), WindowSchedule.stan(200).windows());
    }

    @Test
    void lastWindowStretchesWhenTheNextWouldNotFit() {
        // 220: after [75, 100) a window of 50 would end at 150, and the one after could not fit
        // before the terminal buffer at 170, so the second window runs to 170.
        assertEquals(List.of(new Window(75, 100), new Window(100, 170)), WindowSchedule.stan(220).windows());
    }

    @Test
    void shortWarmupIsSplitFifteenSeventyFiveTen() {
        // 100 < 75 + 25 + 50: init buffer 15, terminal buffer 10, one window of 75.
        assertEquals(List.of(new Window(15, 90)), WindowSchedule.stan(100).windows());
        assertEquals(List.of(new Window(7, 45)), WindowSchedule.stan(50).windows());
    }

    @Test
    void noMetricAdaptationBelowTwentyIterations() {
        assertTrue(WindowSchedule.stan(19).windows().isEmpty());
        assertTrue(WindowSchedule.stan(0).windows().isEmpty());
        assertFalse(WindowSchedule.stan(20).windows().isEmpty());
    }

    @Test
    void collectsAndEndsWindow() {
        WindowSchedule s = WindowSchedule.stan(1000);
        assertFalse(s.collects(74));
        assertTrue(s.collects(75));
        assertTrue(s.collects(949));
        assertFalse(s.collects(950));
        assertTrue(s.endsWindow(99));
        assertFalse(s.endsWindow(100));
        assertTrue(s.endsWindow(949));
    }

    /**
     * Against an independent transcription of Stan's {@code windowed_adaptation} counters
     * (restart, adaptation_window, end_adaptation_window, compute_next_window), for every warmup
     * length up to 2000 and several buffer settings.
     */
    @Test
    void agreesWithStansCounterMachine() {
        int[][] settings = {{75, 50, 25}, {10, 10, 5}, {0, 0, 10}, {100, 0, 30}, {50, 100, 1}};
        for (int[] s : settings) {
            for (int warmup = 0; warmup <= 2000; warmup++) {
                List<Window> expected = stanWindows(warmup, s[0], s[1], s[2]);
                assertEquals(expected, WindowSchedule.stan(warmup, s[0], s[1], s[2]).windows(),
                        "warmup " + warmup + " buffers " + s[0] + "/" + s[1] + "/" + s[2]);
            }
        }
    }

    /** Stan's state machine run iteration by iteration, recording which iterations collect and end. */
    private static List<Window> stanWindows(int numWarmup, int initBuffer, int termBuffer, int baseWindow) {
        List<Window> out = new ArrayList<>();
        if (numWarmup < 20) return out;
        if (initBuffer + baseWindow + termBuffer > numWarmup) {
            initBuffer = (int) (0.15 * numWarmup);
            termBuffer = (int) (0.1 * numWarmup);
            baseWindow = numWarmup - (initBuffer + termBuffer);
        }
        long windowSize = baseWindow;
        long nextWindow = initBuffer + windowSize - 1;
        int windowStart = -1;
        for (int counter = 0; counter < numWarmup; counter++) {
            boolean inWindow = counter >= initBuffer && counter < numWarmup - termBuffer;
            if (inWindow && windowStart < 0) windowStart = counter;
            if (counter == nextWindow) {
                out.add(new Window(windowStart, counter + 1));
                windowStart = -1;
                if (nextWindow != numWarmup - termBuffer - 1) {
                    windowSize *= 2;
                    nextWindow = counter + windowSize;
                    if (nextWindow != numWarmup - termBuffer - 1 && nextWindow + 2 * windowSize >= numWarmup - termBuffer) {
                        nextWindow = numWarmup - termBuffer - 1;
                    }
                }
            }
        }
        return out;
    }
}
