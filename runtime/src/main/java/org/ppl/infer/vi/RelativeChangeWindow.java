package org.ppl.infer.vi;

import java.util.Arrays;

/**
 * The last few relative ELBO changes (Stan's circular buffer), with their mean and median. As
 * Stan, the median of an even count is the upper of the two middle values.
 */
final class RelativeChangeWindow {
    private final double[] values;
    private final double[] scratch;
    private int next;
    private int count;

    RelativeChangeWindow(int capacity) {
        this.values = new double[capacity];
        this.scratch = new double[capacity];
    }

    /** Stan's size: max(0.1 max_iterations / eval_elbo, 2). */
    static RelativeChangeWindow forRun(int maxIterations, int evalElbo) {
        return new RelativeChangeWindow((int) Math.max(0.1 * maxIterations / evalElbo, 2.0));
    }

    int capacity() {
        return values.length;
    }

    void add(double v) {
        values[next] = v;
        next = (next + 1) % values.length;
        if (count < values.length) count++;
    }

    double mean() {
        double s = 0;
        for (int i = 0; i < count; i++) s += values[i];
        return s / count;
    }

    double median() {
        System.arraycopy(values, 0, scratch, 0, count);
        Arrays.sort(scratch, 0, count);
        return scratch[count / 2];
    }
}
