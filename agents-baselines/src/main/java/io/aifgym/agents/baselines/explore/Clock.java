package io.aifgym.agents.baselines.explore;

/** What a {@link Schedule}'s time counts. */
public enum Clock {
    /** The agent's completed steps (transitions learned from). */
    STEPS,
    /** The agent's completed episodes. */
    EPISODES
}
