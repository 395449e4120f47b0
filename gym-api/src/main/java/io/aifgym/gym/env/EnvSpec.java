package io.aifgym.gym.env;

import java.util.Objects;

/**
 * What the registry needs to build and wrap an env: its versioned id, the episode limit
 * that {@link io.aifgym.gym.wrap.TimeLimit} enforces (0 for none) and a one-line description.
 *
 * @param id the versioned id
 * @param maxEpisodeSteps the step limit of an episode, or 0 for no limit
 * @param description one line for {@code aifgym list}
 */
public record EnvSpec(EnvId id, int maxEpisodeSteps, String description) {

    /** Validates the spec. */
    public EnvSpec {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(description, "description");
        if (maxEpisodeSteps < 0) {
            throw new IllegalArgumentException("maxEpisodeSteps: expected 0 (no limit) or a positive limit, found "
                    + maxEpisodeSteps);
        }
    }

    /**
     * A spec from id text.
     *
     * @param id the id, {@code Name-vN}
     * @param maxEpisodeSteps the limit, 0 for none
     * @param description one line
     * @return the spec
     */
    public static EnvSpec of(String id, int maxEpisodeSteps, String description) {
        return new EnvSpec(EnvId.parse(id), maxEpisodeSteps, description);
    }

    /**
     * Whether episodes are limited.
     *
     * @return true if {@code maxEpisodeSteps > 0}
     */
    public boolean hasTimeLimit() {
        return maxEpisodeSteps > 0;
    }

    /**
     * This spec with another limit.
     *
     * @param steps the new limit, 0 for none
     * @return the new spec
     */
    public EnvSpec withMaxEpisodeSteps(int steps) {
        return new EnvSpec(id, steps, description);
    }
}
