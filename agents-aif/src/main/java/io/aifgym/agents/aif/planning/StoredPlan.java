package io.aifgym.agents.aif.planning;

import java.util.Arrays;

/**
 * The rest of a plan an agent acts on between searches ({@link Replanning}): the actions still
 * to take and the beliefs the search expected after each of them. Immutable; an agent state
 * can hold it.
 */
public final class StoredPlan {

    private final int[][] actions;
    private final double[][][] beliefs;
    private final int next;

    private StoredPlan(int[][] actions, double[][][] beliefs, int next) {
        this.actions = actions;
        this.beliefs = beliefs;
        this.next = next;
    }

    /**
     * The plan to follow after taking {@code action} now, at the step the search was made: the
     * rest of the search's plan when {@code action} is its first step, else an empty plan
     * (a stochastic choice off the plan means searching again at the next step).
     *
     * @param result the search
     * @param action the joint action taken now
     * @return the stored plan, one step taken
     */
    public static StoredPlan of(SearchResult result, int[] action) {
        int[][] plan = result.plan();
        if (!Arrays.equals(plan[0], action)) {
            return new StoredPlan(new int[][] {action.clone()}, new double[][][] {result.planBeliefs()[0]}, 1);
        }
        return new StoredPlan(plan, result.planBeliefs(), 1);
    }

    /**
     * A plan as it stood after {@code stepsTaken} of its actions, for checkpoints: the inverse
     * of {@link #actions()}, {@link #beliefs()} and {@link #stepsTaken()}.
     *
     * @param actions every planned joint action, those taken included, {@code [t][f]}
     * @param beliefs the beliefs expected after each of them, {@code [t][f][s]}
     * @param stepsTaken the actions taken, in [1, {@code actions.length}]
     * @return the plan (the arrays copied)
     * @throws IllegalArgumentException if a part is missing, the lengths differ or
     *     {@code stepsTaken} is out of range
     */
    public static StoredPlan of(int[][] actions, double[][][] beliefs, int stepsTaken) {
        if (actions == null || actions.length == 0) {
            throw new IllegalArgumentException("actions: expected at least one planned action, found "
                    + (actions == null ? "none" : "0"));
        }
        if (beliefs == null || beliefs.length != actions.length) {
            throw new IllegalArgumentException("beliefs: expected one belief set per planned action ("
                    + actions.length + "), found " + (beliefs == null ? "none" : beliefs.length));
        }
        for (int t = 0; t < actions.length; t++) {
            if (actions[t] == null) {
                throw new IllegalArgumentException("actions[" + t + "]: expected a joint action, found none");
            }
            if (beliefs[t] == null) {
                throw new IllegalArgumentException("beliefs[" + t + "]: expected one distribution per factor, found "
                        + "none");
            }
            for (int f = 0; f < beliefs[t].length; f++) {
                if (beliefs[t][f] == null) {
                    throw new IllegalArgumentException("beliefs[" + t + "][" + f + "]: expected a distribution, found "
                            + "none");
                }
            }
        }
        if (stepsTaken < 1 || stepsTaken > actions.length) {
            throw new IllegalArgumentException("stepsTaken: expected a count in [1, " + actions.length + "], found "
                    + stepsTaken);
        }
        return new StoredPlan(SearchResult.deepCopy(actions), SearchResult.deepCopy(beliefs), stepsTaken);
    }

    /** @return a copy of every planned joint action, those taken included ({@code [t][f]}) */
    public int[][] actions() {
        return SearchResult.deepCopy(actions);
    }

    /** @return a copy of the beliefs expected after each planned action ({@code [t][f][s]}) */
    public double[][][] beliefs() {
        return SearchResult.deepCopy(beliefs);
    }

    /** @return whether a planned action is left */
    public boolean hasNext() {
        return next < actions.length;
    }

    /** @return the steps taken since the search (1 right after it) */
    public int stepsTaken() {
        return next;
    }

    /** @return the number of planned actions left */
    public int remaining() {
        return actions.length - next;
    }

    /**
     * The next planned joint action.
     *
     * @return a copy of it
     * @throws IllegalStateException if none is left
     */
    public int[] nextAction() {
        if (!hasNext()) {
            throw new IllegalStateException("nextAction: the plan has no step left (" + actions.length + " taken)");
        }
        return actions[next].clone();
    }

    /**
     * The plan after taking its next action.
     *
     * @return the shorter plan
     * @throws IllegalStateException if no action is left
     */
    public StoredPlan advance() {
        if (!hasNext()) {
            throw new IllegalStateException("advance: the plan has no step left (" + actions.length + " taken)");
        }
        return new StoredPlan(actions, beliefs, next + 1);
    }

    /** @return a copy of the beliefs the plan expects now (after the last action taken) */
    public double[][] expectedBeliefs() {
        return SearchInput.copy(beliefs[next - 1]);
    }

    /**
     * How far the beliefs are from what the plan expects now: the largest total-variation
     * distance over factors.
     *
     * @param qs the beliefs, one distribution per factor
     * @return the distance, in [0, 1] for normalised beliefs
     * @throws IllegalArgumentException if the beliefs have another shape than the plan's
     */
    public double divergence(double[][] qs) {
        double[][] expected = beliefs[next - 1];
        if (qs.length != expected.length) {
            throw new IllegalArgumentException("qs: expected " + expected.length + " factors, found " + qs.length);
        }
        double worst = 0.0;
        for (int f = 0; f < qs.length; f++) {
            if (qs[f].length != expected[f].length) {
                throw new IllegalArgumentException("qs[" + f + "]: expected " + expected[f].length + " states, found "
                        + qs[f].length);
            }
            double d = 0.0;
            for (int s = 0; s < qs[f].length; s++) {
                d += Math.abs(qs[f][s] - expected[f][s]);
            }
            worst = Math.max(worst, 0.5 * d);
        }
        return worst;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof StoredPlan p && next == p.next && Arrays.deepEquals(actions, p.actions)
                && Arrays.deepEquals(beliefs, p.beliefs);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.deepHashCode(actions) + next;
    }

    @Override
    public String toString() {
        return "StoredPlan[" + remaining() + " of " + actions.length + " steps left: "
                + Arrays.deepToString(Arrays.copyOfRange(actions, next, actions.length)) + "]";
    }
}
