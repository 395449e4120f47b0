package io.aifgym.agents.baselines.planning;

/** What value iteration optimises over. */
public enum Horizon {
    /**
     * The env's episode limit ({@code env.spec().maxEpisodeSteps()}) when it has one: a
     * non-stationary plan that acts on the steps left, optimal for returns counted within the
     * limit (as comparisons count them); an unlimited infinite-horizon plan otherwise.
     */
    EPISODE_LIMIT,
    /** Always a stationary infinite-horizon plan, ignoring any episode limit. */
    INFINITE
}
