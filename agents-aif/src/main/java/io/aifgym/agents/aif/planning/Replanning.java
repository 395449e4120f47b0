package io.aifgym.agents.aif.planning;

/**
 * When the agent searches again rather than acting on its stored plan (issue 7; pymdp plans at
 * every step, its issue 278): at the latest every {@code every} steps, and earlier when the
 * beliefs the agent has now depart from those the plan expected at this step by more than
 * {@code beliefThreshold} (the largest total-variation distance over factors,
 * {@code ½ Σ_s |q_f(s) − q̂_f(s)|}, between 0 and 1), or when the plan has no step left.
 *
 * <pre>{@code
 * // each step, after state inference gave qs:
 * if (replanning.shouldReplan(stored, qs)) {
 *     SearchResult r = search.search(input, key);
 *     action = ActionSampler.select(r.q(), r.candidates(), selection, mode, key);
 *     stored = StoredPlan.of(r, action);          // the rest of the plan, if the action follows it
 * } else {
 *     action = stored.nextAction();
 *     stored = stored.advance();
 * }
 * }</pre>
 *
 * @param every the most steps between two searches, at least 1 (1: search at every step, as
 *     pymdp)
 * @param beliefThreshold replan early when the beliefs depart from the plan's expectation by
 *     more than this, in [0, 1] (1: never early; 0: whenever they differ at all)
 */
public record Replanning(int every, double beliefThreshold) {

    /** pymdp's behaviour: search at every step. */
    public static final Replanning EVERY_STEP = new Replanning(1, 1.0);

    /** Checks both fields. */
    public Replanning {
        if (every < 1) {
            throw new IllegalArgumentException("every: expected at least 1 step, found " + every);
        }
        if (!(beliefThreshold >= 0.0 && beliefThreshold <= 1.0)) {
            throw new IllegalArgumentException("beliefThreshold: expected a distance in [0, 1], found "
                    + beliefThreshold);
        }
    }

    /**
     * Search every {@code k} steps, whatever the beliefs do.
     *
     * @param k the steps between searches
     * @return the rule
     */
    public static Replanning every(int k) {
        return new Replanning(k, 1.0);
    }

    /**
     * Whether to search at this step.
     *
     * @param plan the stored plan, or null when there is none
     * @param qs the beliefs now, one distribution per factor
     * @return true when there is no plan, it has no step left, it is {@code every} steps old, or
     *     the beliefs depart from its expectation by more than the threshold
     */
    public boolean shouldReplan(StoredPlan plan, double[][] qs) {
        if (plan == null || !plan.hasNext() || plan.stepsTaken() >= every) {
            return true;
        }
        return beliefThreshold < 1.0 && plan.divergence(qs) > beliefThreshold;
    }
}
