package io.aifgym.agents.baselines.dqn;

import java.util.Objects;

/**
 * The state of a {@link DqnAgent}: the online and target networks, Adam's moments, the replay
 * buffer and the counters that schedule training, target copies and exploration.
 *
 * @param online the network that acts and learns
 * @param target the network that gives bootstrap targets
 * @param adam the optimiser's moments
 * @param replay the stored transitions
 * @param steps the transitions learned from
 * @param episodes the episodes ended
 * @param trainedAt the value of {@code steps} at the last gradient step (-1 before the first)
 * @param syncedAt the value of {@code steps} at the last target copy
 */
public record DqnState(QNetwork online, QNetwork target, AdamState adam, ReplayBuffer replay, long steps,
        long episodes, long trainedAt, long syncedAt) {

    /** Requires every part and consistent counters. */
    public DqnState {
        Objects.requireNonNull(online, "online");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(adam, "adam");
        Objects.requireNonNull(replay, "replay");
        if (steps < 0 || episodes < 0) {
            throw new IllegalArgumentException("steps and episodes: expected non-negative counters, found " + steps
                    + " and " + episodes);
        }
    }
}
