package org.ppl.ad;

/**
 * Index maps for NumPy broadcasting: for each element of the output, the element of an input that
 * feeds it. Computed once when an operation is built, so evaluation is a plain indexed loop.
 */
public final class Broadcast {
    private Broadcast() {}

    /**
     * For an input of shape {@code in} broadcast to {@code out}: {@code map[k]} is the input element
     * used at output element {@code k}.
     */
    public static int[] indexMap(Shape in, Shape out) {
        if (!in.broadcastsTo(out)) {
            throw new ShapeException("shape " + in + " does not broadcast to " + out);
        }
        int n = out.size();
        int[] map = new int[n];
        if (in.size() == n) {
            for (int k = 0; k < n; k++) map[k] = k;
            return map;
        }
        if (in.size() == 1) return map;
        int rank = out.rank();
        int offset = rank - in.rank();
        // Stride of each output axis in the input (0 where the input is broadcast along it).
        int[] stride = new int[rank];
        int s = 1;
        for (int i = rank - 1; i >= 0; i--) {
            int j = i - offset;
            int d = j >= 0 ? in.dim(j) : 1;
            stride[i] = d == 1 ? 0 : s;
            s *= d;
        }
        int[] index = new int[rank];
        int pos = 0;
        for (int k = 0; k < n; k++) {
            map[k] = pos;
            for (int i = rank - 1; i >= 0; i--) {
                index[i]++;
                pos += stride[i];
                if (index[i] < out.dim(i)) break;
                pos -= stride[i] * index[i];
                index[i] = 0;
            }
        }
        return map;
    }
}
