package org.ppl.infer;

/** The shape of an HMC metric (inverse mass matrix), named as CmdStan names it in its output. */
public enum MetricKind {
    DIAG("diag_e"),
    DENSE("dense_e");

    private final String stanName;

    MetricKind(String stanName) {
        this.stanName = stanName;
    }

    /** {@code diag_e} or {@code dense_e}. */
    public String stanName() {
        return stanName;
    }

    /** From {@code diag}, {@code dense}, {@code diag_e} or {@code dense_e}. */
    public static MetricKind parse(String s) {
        for (MetricKind k : values()) {
            if (k.stanName.equals(s) || k.name().equalsIgnoreCase(s)) return k;
        }
        throw new IllegalArgumentException("unknown metric '" + s + "': expected diag or dense");
    }
}
