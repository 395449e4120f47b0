package io.aifgym.agents.baselines;

import io.aifgym.gym.space.Space;

/**
 * Checks that tabular, bandit and value-based agents make of an env's spaces: they need finite
 * spaces whose values they address by {@link Space#indexOf} and {@link Space#valueAt}.
 */
public final class FiniteSpaces {

    private FiniteSpaces() {
    }

    /**
     * The number of values of a finite space, as an int.
     *
     * @param space the space
     * @param role what the space is, for the message ({@code "observation space"})
     * @param agentId the agent that needs it, for the message
     * @return the cardinality
     * @throws IllegalArgumentException if the space is continuous or has more than
     *     {@code Integer.MAX_VALUE} values
     */
    public static int size(Space<?> space, String role, String agentId) {
        return size(space, role, agentId, Integer.MAX_VALUE);
    }

    /**
     * The number of values of a finite space, at most {@code limit}.
     *
     * @param space the space
     * @param role what the space is, for the message
     * @param agentId the agent that needs it, for the message
     * @param limit the largest cardinality the agent accepts
     * @return the cardinality
     * @throws IllegalArgumentException if the space is continuous or larger than {@code limit}
     */
    public static int size(Space<?> space, String role, String agentId, int limit) {
        long cardinality = space.cardinality();
        if (cardinality < 0) {
            throw new IllegalArgumentException(agentId + ": expected a finite " + role + ", found "
                    + space.describe());
        }
        if (cardinality > limit) {
            throw new IllegalArgumentException(agentId + ": expected at most " + limit + " values in the " + role
                    + ", found " + space.describe() + " with " + cardinality);
        }
        return (int) cardinality;
    }
}
