package io.aifgym.envs.bandit;

import java.util.Arrays;
import java.util.List;

/**
 * The parameters of a bandit's arms (success probabilities or mean rewards), immutable, with
 * the best arm precomputed. Compares by value.
 */
public final class Arms {

    private final double[] values;
    private final int best;

    private Arms(double[] values) {
        this.values = values;
        int b = 0;
        for (int i = 1; i < values.length; i++) {
            if (values[i] > values[b]) {
                b = i;
            }
        }
        this.best = b;
    }

    /**
     * Arms with the given parameters.
     *
     * @param values one finite parameter per arm, at least one; copied
     * @return the arms
     * @throws IllegalArgumentException if empty or a value is not finite
     */
    public static Arms of(double... values) {
        if (values.length == 0) {
            throw new IllegalArgumentException("arms: expected at least one arm, found none");
        }
        for (int i = 0; i < values.length; i++) {
            if (!Double.isFinite(values[i])) {
                throw new IllegalArgumentException("arms[" + i + "]: expected a finite value, found " + values[i]);
            }
        }
        return new Arms(values.clone());
    }

    /**
     * Arms from a list.
     *
     * @param values one parameter per arm
     * @return the arms
     */
    public static Arms of(List<Double> values) {
        return of(values.stream().mapToDouble(Double::doubleValue).toArray());
    }

    /** @return the number of arms */
    public int size() {
        return values.length;
    }

    /**
     * The parameter of one arm.
     *
     * @param arm the arm
     * @return its success probability or mean reward
     */
    public double value(int arm) {
        return values[arm];
    }

    /** @return a copy of every arm's parameter */
    public double[] values() {
        return values.clone();
    }

    /** @return the index of the best arm (the first one on a tie) */
    public int best() {
        return best;
    }

    /** @return the parameter of the best arm */
    public double bestValue() {
        return values[best];
    }

    /**
     * The expected regret of pulling an arm: {@code bestValue() - value(arm)}.
     *
     * @param arm the arm
     * @return the regret, non-negative
     */
    public double regret(int arm) {
        return values[best] - values[arm];
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Arms a && Arrays.equals(a.values, values);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(values);
    }

    @Override
    public String toString() {
        return "Arms" + Arrays.toString(values);
    }
}
