package io.aifgym.agents.baselines.planning;

import java.util.Arrays;

/**
 * The result of value iteration: the greedy policy and its values, either stationary (one
 * action per state, for an unlimited horizon) or non-stationary (one action per state and
 * number of steps left, for a horizon of {@link #horizon()} steps). An immutable value.
 */
public final class Plan {

    private final int numStates;
    private final int horizon;
    private final double[] values;
    private final int[] policy;
    private final int iterations;
    private final double residual;
    private final boolean converged;

    private Plan(int numStates, int horizon, double[] values, int[] policy, int iterations, double residual,
            boolean converged) {
        this.numStates = numStates;
        this.horizon = horizon;
        this.values = values;
        this.policy = policy;
        this.iterations = iterations;
        this.residual = residual;
        this.converged = converged;
    }

    /**
     * A stationary plan.
     *
     * @param values V(s); copied
     * @param policy the action of each state; copied
     * @param iterations the sweeps made
     * @param residual the largest value change of the last sweep (of the tie-break values once
     *     the optimal values converged)
     * @param converged whether the residual fell below the tolerance
     * @return the plan
     */
    public static Plan stationary(double[] values, int[] policy, int iterations, double residual, boolean converged) {
        if (values.length == 0 || policy.length != values.length) {
            throw new IllegalArgumentException("policy: expected one action for each of " + values.length
                    + " states, found " + policy.length);
        }
        return new Plan(values.length, 0, values.clone(), policy.clone(), iterations, residual, converged);
    }

    /**
     * A non-stationary plan for a horizon: entry {@code (k - 1) * numStates + s} holds the
     * value and action of state s with k steps left.
     *
     * @param numStates the number of states, positive
     * @param values V_k(s) for k = 1..horizon; copied
     * @param policy the action of s with k steps left; copied
     * @return the plan
     */
    public static Plan finite(int numStates, double[] values, int[] policy) {
        if (numStates <= 0 || values.length == 0 || values.length % numStates != 0
                || policy.length != values.length) {
            throw new IllegalArgumentException("values and policy: expected horizon x " + numStates
                    + " entries each, found " + values.length + " and " + policy.length);
        }
        return new Plan(numStates, values.length / numStates, values.clone(), policy.clone(), values.length
                / numStates, 0.0, true);
    }

    /** @return the number of states */
    public int numStates() {
        return numStates;
    }

    /** @return the horizon of a non-stationary plan, or 0 for a stationary one */
    public int horizon() {
        return horizon;
    }

    /** @return whether one action per state serves every step */
    public boolean isStationary() {
        return horizon == 0;
    }

    private int entry(int state, int stepsLeft) {
        if (state < 0 || state >= numStates) {
            throw new IllegalArgumentException("state: expected an index in [0, " + numStates + "), found " + state);
        }
        if (horizon == 0) {
            return state;
        }
        int k = Math.min(Math.max(stepsLeft, 1), horizon);
        return (k - 1) * numStates + state;
    }

    /**
     * The action of a state with some steps left (ignored by a stationary plan; clamped to
     * {@code [1, horizon]} otherwise).
     *
     * @param state the state
     * @param stepsLeft the steps left in the episode
     * @return the action index
     */
    public int action(int state, int stepsLeft) {
        return policy[entry(state, stepsLeft)];
    }

    /**
     * The value of a state with some steps left (ignored by a stationary plan).
     *
     * @param state the state
     * @param stepsLeft the steps left in the episode
     * @return the optimal expected return
     */
    public double value(int state, int stepsLeft) {
        return values[entry(state, stepsLeft)];
    }

    /**
     * The stationary policy, or the first-step policy of the longest horizon of a
     * non-stationary plan.
     *
     * @return one action per state
     */
    public int[] policy() {
        int offset = horizon == 0 ? 0 : (horizon - 1) * numStates;
        return Arrays.copyOfRange(policy, offset, offset + numStates);
    }

    /** @return the sweeps (stationary) or backward steps (non-stationary) made */
    public int iterations() {
        return iterations;
    }

    /** @return the largest value change of the last sweep (0 for a non-stationary plan) */
    public double residual() {
        return residual;
    }

    /** @return whether the iteration converged (always for a non-stationary plan) */
    public boolean converged() {
        return converged;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Plan p && p.numStates == numStates && p.horizon == horizon && p.iterations == iterations
                && Double.compare(p.residual, residual) == 0 && p.converged == converged
                && Arrays.equals(p.values, values) && Arrays.equals(p.policy, policy);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(values) + Arrays.hashCode(policy);
    }

    @Override
    public String toString() {
        return "Plan[" + numStates + " states, " + (horizon == 0 ? "stationary" : "horizon " + horizon) + ", "
                + iterations + " iterations, policy " + Arrays.toString(policy()) + "]";
    }
}
