package io.aifgym.agents.aif.learning;

/**
 * Where Dirichlet learning adds counts (spec 7.1, 12.4).
 */
public enum CountMask {
    /** pymdp 1.0 (the default): counts are added wherever the outer product is non-zero. */
    NONE,
    /**
     * The legacy NumPy package and SPM: increments are multiplied by {@code [A > 0]} (or
     * {@code [B > 0]}, {@code [pD > 0]}), so structural zeros stay zero.
     */
    STRUCTURAL
}
