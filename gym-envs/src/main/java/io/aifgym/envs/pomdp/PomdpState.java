package io.aifgym.envs.pomdp;

import java.util.Arrays;

/**
 * The state of a generic POMDP env: one hidden-state index per factor (pymdp's {@code state}
 * list). Immutable: the array is copied in and out; compares by value.
 *
 * @param factors one state index per factor
 */
public record PomdpState(int[] factors) implements HiddenState {

    /**
     * Copies the indices.
     *
     * @param factors one state index per factor, at least one
     */
    public PomdpState {
        if (factors == null || factors.length == 0) {
            throw new IllegalArgumentException("factors: expected one state index per factor, found "
                    + (factors == null ? "null" : "none"));
        }
        factors = factors.clone();
    }

    /**
     * A state from indices.
     *
     * @param factors one state index per factor
     * @return the state
     */
    public static PomdpState of(int... factors) {
        return new PomdpState(factors);
    }

    /** @return a copy of the state indices */
    @Override
    public int[] factors() {
        return factors.clone();
    }

    /**
     * The state of one factor.
     *
     * @param f the factor
     * @return its state index
     */
    public int factor(int f) {
        return factors[f];
    }

    /** @return the number of factors */
    public int numFactors() {
        return factors.length;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PomdpState p && Arrays.equals(p.factors, factors);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(factors);
    }

    @Override
    public String toString() {
        return "PomdpState" + Arrays.toString(factors);
    }
}
