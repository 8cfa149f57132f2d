package org.ppl.infer.nuts;

import java.util.ArrayList;
import java.util.List;

/**
 * The warmup iterations at which the metric is estimated, as plain data: windows of 0-based
 * warmup iterations {@code [start, end)}. At the end of each window the metric is re-estimated
 * from the draws in it, the step size is searched again and dual averaging restarts.
 *
 * <p>Stan's schedule ({@code windowed_adaptation}): an initial buffer (75) of step-size-only
 * adaptation, then windows of 25, 50, 100, ... iterations, the last one stretched to meet the
 * terminal buffer (50) when the window after it would not fit; with 1000 warmup iterations the
 * windows are [75, 100), [100, 150), [150, 250), [250, 450), [450, 950). When the three stages do
 * not fit, they are cut to 15% / 75% / 10% of the warmup; below 20 warmup iterations the metric
 * is not estimated at all.
 */
public record WindowSchedule(int warmup, List<Window> windows) {
    /** Warmup iterations {@code [start, end)}. */
    public record Window(int start, int end) {
        public int size() {
            return end - start;
        }
    }

    public WindowSchedule {
        windows = List.copyOf(windows);
    }

    /** Stan's defaults: init buffer 75, terminal buffer 50, first window 25. */
    public static WindowSchedule stan(int warmup) {
        return stan(warmup, 75, 50, 25);
    }

    /** Stan's schedule for the given buffers and first window. */
    public static WindowSchedule stan(int warmup, int initBuffer, int termBuffer, int baseWindow) {
        if (warmup < 20) return new WindowSchedule(warmup, List.of());
        if (initBuffer + baseWindow + termBuffer > warmup) {
            initBuffer = (int) (0.15 * warmup);
            termBuffer = (int) (0.1 * warmup);
            baseWindow = warmup - (initBuffer + termBuffer);
        }
        int lastEnd = warmup - termBuffer; // exclusive end of the last window
        List<Window> windows = new ArrayList<>();
        int start = initBuffer;
        int size = baseWindow;
        int end = Math.min(start + size, lastEnd);
        while (size > 0 && start < lastEnd) {
            windows.add(new Window(start, end));
            if (end == lastEnd) break;
            start = end;
            size *= 2;
            end = start + size;
            // Stretch this window to the terminal buffer if the one after it would not fit.
            if (end != lastEnd && end + 2 * size > lastEnd) end = lastEnd;
            end = Math.min(end, lastEnd);
        }
        return new WindowSchedule(warmup, windows);
    }

    /** Whether the draw of warmup iteration {@code i} feeds a metric estimate. */
    public boolean collects(int i) {
        for (Window w : windows) {
            if (i >= w.start && i < w.end) return true;
        }
        return false;
    }

    /** Whether warmup iteration {@code i} is the last of a window (the metric is updated after it). */
    public boolean endsWindow(int i) {
        for (Window w : windows) {
            if (i == w.end - 1) return true;
        }
        return false;
    }
}
